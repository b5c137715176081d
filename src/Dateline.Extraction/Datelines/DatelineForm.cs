namespace Dateline.Extraction.Datelines;

/// <summary>What a dateline names: a place and the agency that filed it, only a place, or only an agency.</summary>
public enum DatelineForm
{
    /// <summary>"MOSCOW (AP) —", "Montpellier (SID) –".</summary>
    PlaceAndAgency,

    /// <summary>"BEIJING —", "SANTA FE, N.M. —", "NEW DELHI:".</summary>
    Place,

    /// <summary>"(Reuters) -", "(CNN Business) —", "KVELLER via JTA —".</summary>
    Agency,
}
