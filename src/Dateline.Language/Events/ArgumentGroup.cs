using Dateline.Core.Model;

namespace Dateline.Language.Events;

/// <summary>One trigger's candidates, as the rules' drafts left them, and the features of no argument (for training the argument scorer on gold actors).</summary>
internal sealed record ArgumentGroup(TextSpan Sentence, EventType Type, string Trigger, IReadOnlyList<ArgumentCandidate> Candidates, string[] NoneFeatures);
