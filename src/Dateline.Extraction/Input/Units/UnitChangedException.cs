namespace Dateline.Extraction.Input.Units;

/// <summary>
/// A unit's file is gone or is not the file that was cut into units (another size or modification time): its page
/// positions may name other pages now, so the unit is refused rather than read. Enqueueing the file again gives new units.
/// </summary>
public sealed class UnitChangedException(string message) : IOException(message);
