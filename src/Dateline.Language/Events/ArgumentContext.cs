using Dateline.Core.Model;

namespace Dateline.Language.Events;

/// <summary>
/// One trigger as the argument scorer sees it: its words (<paramref name="First"/>..<paramref name="Last"/> in the
/// sentence), its type, whether it is a noun or a passive participle, the actors the rules chose for it, and whether
/// the rules read no actor at all for it (<paramref name="Unread"/>: the event stands only if the scorer fills a role).
/// </summary>
internal sealed record ArgumentContext(EventType Type, int First, int Last, bool Noun, bool Passive, IReadOnlySet<TextSpan> RuleSources, IReadOnlySet<TextSpan> RuleTargets, bool Unread = false);
