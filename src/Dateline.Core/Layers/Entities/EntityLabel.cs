namespace Dateline.Core.Layers.Entities;

/// <summary>The entity types of the output contract; written as their codes (<see cref="EntityLabels.Code"/>).</summary>
public enum EntityLabel
{
    /// <summary>PERSON: people, real or fictional.</summary>
    Person,

    /// <summary>ORG: companies, agencies, institutions, parties, teams.</summary>
    Organization,

    /// <summary>GPE: countries, cities, states: places with a government.</summary>
    Gpe,

    /// <summary>LOC: other places: regions, rivers, mountains.</summary>
    Location,

    /// <summary>NORP: nationalities, religious and political groups ("Russian", "Muslims").</summary>
    Norp,

    /// <summary>MISC: named events, works, products and the rest.</summary>
    Misc,
}
