namespace Dateline.Language.Events;

/// <summary>The 16 PLOVER event types (the open successor of CAMEO); docs/events.md says what each covers.</summary>
public enum EventType
{
    Agree,
    Consult,
    Support,
    Concede,
    Cooperate,
    Aid,
    Retreat,
    Request,
    Accuse,
    Reject,
    Threaten,
    Protest,
    Sanction,
    Mobilize,
    Coerce,
    Assault,
}
