using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Dateline.Core.Layers.Entities;
using Dateline.Core.Model;
using Dateline.Core.Running;
using Dateline.Store.Duplicates;

namespace Dateline.Store.Bench;

/// <summary>
/// Makes any number of articles for timing a store without the pipeline: text of pronounceable made-up words whose
/// frequencies follow Zipf's law, titles, dates, sources, authors, named entities with their mentions (so entity facets
/// have something to count) and a share of near-duplicate copies (so search folds them). Words of rank r are the
/// same for every seed (<see cref="Word"/>), so a benchmark can ask for a common or a rare word by rank; the articles
/// depend only on the seed.
/// </summary>
public sealed class SyntheticCollection
{
    private const string Consonants = "bdfgklmnprstvzj";
    private const string Vowels = "aeiou";

    /// <summary>Titles skip the commonest words (the, of, and …), as headlines do.</summary>
    private const int TitleSkip = 30;

    /// <summary>How many recent articles a near-duplicate may copy.</summary>
    private const int RecentArticles = 1000;

    private static readonly int Syllables = Consonants.Length * Vowels.Length;
    private static readonly EntityLabel[] Labels = [EntityLabel.Person, EntityLabel.Person, EntityLabel.Organization, EntityLabel.Gpe];

    private readonly SyntheticOptions _options;
    private readonly ZipfSampler _words;
    private readonly ZipfSampler _entities;
    private readonly ZipfSampler _sources;
    private readonly MinHasher _hasher;

    // Entity names as drawn, made once each: each is made with a seeded Random of its own, per mention.
    private readonly Dictionary<int, (string Name, EntityLabel Label)> _entityCache = [];

    public SyntheticCollection(SyntheticOptions? options = null, MinHashOptions? duplicates = null)
    {
        _options = options ?? new SyntheticOptions();
        _words = new ZipfSampler(_options.Vocabulary, _options.ZipfExponent);
        _entities = new ZipfSampler(_options.Entities, 1.0);
        _sources = new ZipfSampler(_options.Sources, 1.0);
        _hasher = new MinHasher(duplicates);
    }

    public SyntheticOptions Options => _options;

    /// <summary>The word of this frequency rank (0 the commonest): syllables of one consonant and one vowel, at least two.</summary>
    public static string Word(int rank)
    {
        var two = Syllables * Syllables;
        var (value, count) = rank < two ? (rank, 2) : (rank - two, 3);
        var chars = new char[count * 2];
        for (var i = count - 1; i >= 0; i--)
        {
            var syllable = value % Syllables;
            value /= Syllables;
            chars[i * 2] = Consonants[syllable / Vowels.Length];
            chars[(i * 2) + 1] = Vowels[syllable % Vowels.Length];
        }

        return new string(chars);
    }

    /// <summary>The name and type of entity <paramref name="index"/>: names end in a consonant, so no name is a vocabulary word.</summary>
    public static (string Name, EntityLabel Label) Entity(int index)
    {
        var label = Labels[index % Labels.Length];
        var random = new Random(index * 7919 + 17);
        var name = label switch
        {
            EntityLabel.Person => $"{Name(random, 2)} {Name(random, 3)}",
            EntityLabel.Organization => random.Next(3) switch
            {
                0 => $"{Name(random, 3)} Corporation",
                1 => $"Ministry of {Name(random, 2)}",
                _ => $"{Name(random, 2)} {Name(random, 2)} Party",
            },
            _ => Name(random, 3),
        };
        return (name, label);
    }

    private (string Name, EntityLabel Label) EntityAt(int index)
    {
        if (!_entityCache.TryGetValue(index, out var entity))
        {
            _entityCache[index] = entity = Entity(index);
        }

        return entity;
    }

    /// <summary>
    /// <paramref name="count"/> article records, each with its content hash and near-duplicate signature as an
    /// ingest would make them. Lazy: memory stays flat however many are drawn.
    /// </summary>
    public IEnumerable<ArticleRecord> Articles(int count)
    {
        var random = new Random(_options.Seed);
        var recent = new List<Draft>(RecentArticles);
        for (var i = 0; i < count; i++)
        {
            Draft draft;
            if (recent.Count > 10 && random.NextDouble() < _options.NearDuplicateRate)
            {
                var original = recent[random.Next(recent.Count)];
                var sentences = original.Sentences.ToArray();
                sentences[random.Next(sentences.Length)] = Sentence(random);
                draft = original with { Source = Source(random), Sentences = sentences };
            }
            else
            {
                draft = NewDraft(random);
                if (recent.Count == RecentArticles)
                {
                    recent[random.Next(recent.Count)] = draft;
                }
                else
                {
                    recent.Add(draft);
                }
            }

            yield return Record(i, draft);
        }
    }

    private Draft NewDraft(Random random)
    {
        var title = new StringBuilder();
        var titleWords = random.Next(5, 10);
        for (var w = 0; w < titleWords; w++)
        {
            var word = Word(TitleWord(random));
            title.Append(w == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word).Append(w + 1 < titleWords ? " " : string.Empty);
        }

        var sentences = new List<SyntheticSentence>();
        var target = random.Next(_options.MinWords, _options.MaxWords + 1);
        for (var words = 0; words < target;)
        {
            var sentence = Sentence(random);
            sentences.Add(sentence);
            words += sentence.Words;
        }

        var date = random.NextDouble() < _options.UndatedRate
            ? null
            : _options.FirstDate.AddDays(random.Next(_options.Days)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // Authors are people outside the entity pool (an index of a person beyond it).
        var author = random.Next(4) == 0 ? null : EntityAt(((_entities.Count / Labels.Length) + 1 + random.Next(500)) * Labels.Length).Name;
        return new Draft(title.ToString(), date, Source(random), author, [.. sentences]);
    }

    private int TitleWord(Random random)
    {
        int rank;
        while ((rank = _words.Next(random)) < TitleSkip)
        {
        }

        return rank;
    }

    /// <summary>A sentence of 8 to 24 words; one in three names an entity.</summary>
    private SyntheticSentence Sentence(Random random)
    {
        var count = random.Next(8, 25);
        var sb = new StringBuilder();
        int? entity = null;
        var mentionStart = 0;
        var mentionAt = random.Next(3) == 0 ? random.Next(count) : -1;
        for (var w = 0; w < count; w++)
        {
            if (w > 0)
            {
                sb.Append(' ');
            }

            if (w == mentionAt)
            {
                entity = _entities.Next(random);
                mentionStart = sb.Length;
                sb.Append(EntityAt(entity.Value).Name);
                continue;
            }

            var word = Word(_words.Next(random));
            sb.Append(w == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
        }

        sb.Append('.');
        return new SyntheticSentence(sb.ToString(), count, entity, mentionStart);
    }

    private ArticleRecord Record(int index, Draft draft)
    {
        var id = $"syn-{index:D7}";
        var text = new StringBuilder();
        var mentions = new Dictionary<int, List<TextSpan>>();
        for (var s = 0; s < draft.Sentences.Length; s++)
        {
            // Paragraphs of three sentences, joined by one blank line as clean text is.
            if (s > 0)
            {
                text.Append(s % 3 == 0 ? "\n\n" : " ");
            }

            var sentence = draft.Sentences[s];
            if (sentence.Entity is { } e)
            {
                var start = text.Length + sentence.MentionStart;
                if (!mentions.TryGetValue(e, out var spans))
                {
                    mentions[e] = spans = [];
                }

                spans.Add(new TextSpan(start, start + EntityAt(e).Name.Length));
            }

            text.Append(sentence.Text);
        }

        var metadata = new ArticleMetadata
        {
            Title = draft.Title,
            Published = draft.Date,
            SiteName = draft.Source,
            Url = $"https://{draft.Source}/news/{id}",
            Language = "en",
            Authors = draft.Author is null ? [] : [draft.Author],
        };
        var entities = mentions.OrderBy(m => m.Value[0].Start).Select((m, k) =>
        {
            var (name, label) = EntityAt(m.Key);
            return new Entity($"e{k}", name, label) { Mentions = m.Value };
        });
        var document = Document.FromText(id, text.ToString(), metadata).WithLayer(ImmutableArray.CreateRange(entities));
        return new ArticleRecord(ContentHash.Of(document.Raw), "synthetic:" + id, document, _hasher.Compute(document.Text));
    }

    private string Source(Random random) => $"news{_sources.Next(random):D3}.example";

    private static string Name(Random random, int syllables)
    {
        var chars = new char[(syllables * 2) + 1];
        for (var i = 0; i < syllables; i++)
        {
            chars[i * 2] = Consonants[random.Next(Consonants.Length)];
            chars[(i * 2) + 1] = Vowels[random.Next(Vowels.Length)];
        }

        chars[0] = char.ToUpperInvariant(chars[0]);
        chars[^1] = "nrsl"[random.Next(4)];
        return new string(chars);
    }

    private sealed record Draft(string Title, string? Date, string Source, string? Author, SyntheticSentence[] Sentences);

    private sealed record SyntheticSentence(string Text, int Words, int? Entity, int MentionStart);
}
