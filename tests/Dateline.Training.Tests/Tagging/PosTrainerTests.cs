using Dateline.Language.Tagging;
using Dateline.Training.Tagging;

namespace Dateline.Training.Tests.Tagging;

public class PosTrainerTests
{
    // A small corpus written for these tests, in GMB's columns (token, Penn tag, entity tag).
    private const string Corpus = """
        The DT O
        army NN O
        attacked VBD O
        the DT O
        town NN O
        . . O

        Rebels NNS O
        attack VBP O
        convoys NNS O
        at IN O
        night NN O
        . . O

        The DT O
        attacks NNS O
        killed VBD O
        12 CD O
        people NNS O
        , , O
        officials NNS O
        said VBD O
        . . O

        Police NNS O
        said VBD O
        the DT O
        attack NN O
        was VBD O
        planned VBN O
        . . O
        """;

    [Fact]
    public void Training_is_deterministic_and_learns_the_corpus()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pos-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, Corpus);
        try
        {
            var sentences = PosSentence.Read([path]);
            Assert.Equal(4, sentences.Count);
            Assert.Equal(PartOfSpeech.VBD, sentences[0].Tags[2]);
            var options = new PosTrainingOptions { Epochs = 10, DictionaryMinCount = 100 };
            var first = new PosTrainer(options).Train(sentences);
            var second = new PosTrainer(options).Train(sentences);
            Assert.Equal(first.Sha256(), second.Sha256());
            Assert.True(PosTrainer.Accuracy(new PosTagger(first), sentences) >= 0.95);

            // saved and loaded, the model tags the same
            var saved = path + ".bin";
            first.Save(saved);
            var loaded = PosModel.Load(saved);
            File.Delete(saved);
            Assert.Equal(first.Sha256(), loaded.Sha256());
            Assert.Equal(new PosTagger(first).Tag(sentences[2].Words), new PosTagger(loaded).Tag(sentences[2].Words));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Frequent_unambiguous_words_go_to_the_tag_dictionary()
    {
        var sentences = Enumerable.Range(0, 25).Select(_ => new PosSentence(["The", "attack", "ended", "."], [PartOfSpeech.DT, PartOfSpeech.NN, PartOfSpeech.VBD, PartOfSpeech.Period])).ToList();
        sentences.Add(new PosSentence(["They", "attack", "."], [PartOfSpeech.PRP, PartOfSpeech.VBP, PartOfSpeech.Period]));
        var model = new PosTrainer(new PosTrainingOptions { Epochs = 2 }).Train(sentences);
        Assert.True(model.TryDictionary("The", out var the));
        Assert.Equal(PartOfSpeech.DT, the);
        Assert.False(model.TryDictionary("attack", out _)); // 25 NN, 1 VBP: below 97 %
        Assert.False(model.TryDictionary("They", out _)); // seen once
    }

    [Fact]
    public void A_file_that_is_no_model_is_an_error_naming_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pos-{Guid.NewGuid():N}.bin");
        File.WriteAllBytes(path, [1, 2, 3, 4, 5, 6, 7, 8]);
        try
        {
            var e = Assert.Throws<InvalidDataException>(() => PosModel.Load(path));
            Assert.Contains(path, e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
