using Dateline.Language.Entities;
using Dateline.Language.Tokens;

namespace Dateline.Training.Entities;

/// <summary>Collects gazetteer entries (tokenised as at run time, lower-cased, hashed) into a <see cref="Lexicon"/>.</summary>
public sealed class LexiconBuilder(Tokenizer tokenizer)
{
    private readonly Dictionary<ulong, int> _entries = [];
    private readonly List<Core.Model.TextSpan> _buffer = [];
    private int _maxLength;

    public LexiconBuilder()
        : this(Tokenizer.Default)
    {
    }

    public void Add(string phrase, LexiconCategory category)
    {
        _buffer.Clear();
        tokenizer.Tokenize(phrase, 0, phrase.Length, _buffer);
        if (_buffer.Count == 0 || _buffer.Count > 8)
        {
            return;
        }

        ulong h = 0;
        for (int k = 0; k < _buffer.Count; k++)
        {
            var word = phrase.AsSpan(_buffer[k].Start, _buffer[k].Length);
            ulong w = FeatureHash.OfLower(word);
            h = k == 0 ? w : FeatureHash.Combine(h, w);
            bool last = k == _buffer.Count - 1;
            _entries.TryGetValue(h, out int value);
            _entries[h] = value | (last ? (int)category : Lexicon.PrefixBit);
        }

        _maxLength = Math.Max(_maxLength, _buffer.Count);
    }

    public Lexicon Build() => new(new Dictionary<ulong, int>(_entries), _maxLength);
}
