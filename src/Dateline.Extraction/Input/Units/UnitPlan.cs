using Dateline.Core.Running;

namespace Dateline.Extraction.Input.Units;

/// <summary>
/// A collection cut into units, in the reader's order, and the places that gave no unit: what the walk passed over
/// (skipped items with the reason: hidden, not a page) or could not open (failed items).
/// </summary>
public sealed record UnitPlan(IReadOnlyList<WorkUnit> Units, IReadOnlyList<InputItem> NotQueued);
