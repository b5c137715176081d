using Dateline.Core.Model;

namespace Dateline.Language.Events;

/// <summary>
/// One trigger's candidates, as the rules' drafts left them, and the features of no argument (for training the argument
/// scorer on gold actors); <paramref name="Unread"/>: the rules read no actor for it (its event stands only if the scorer fills a role).
/// </summary>
internal sealed record ArgumentGroup(TextSpan Sentence, EventType Type, string Trigger, IReadOnlyList<ArgumentCandidate> Candidates, string[] NoneFeatures, bool Unread = false);
