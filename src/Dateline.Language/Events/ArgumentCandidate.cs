using Dateline.Core.Model;

namespace Dateline.Language.Events;

/// <summary>A candidate actor of one trigger: its words as written and the features the argument scorer reads (for training).</summary>
internal sealed record ArgumentCandidate(TextSpan Span, string Text, string[] Features);
