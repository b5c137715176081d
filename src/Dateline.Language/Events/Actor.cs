using Dateline.Core.Model;

namespace Dateline.Language.Events;

/// <summary>What the words next to a trigger turned out to be.</summary>
internal enum ActorKind
{
    /// <summary>A named entity ("Hamas", "U.S.").</summary>
    Entity,

    /// <summary>An actor described by a noun ("Israeli troops", "the protesters", "his campaign").</summary>
    Group,

    /// <summary>A personal pronoun ("he", "they").</summary>
    Pronoun,

    /// <summary>A weapon or an attack ("a roadside bomb"): no source, but still an assault.</summary>
    ViolentCause,

    /// <summary>A storm, a disease, a crash: the sentence reports no event.</summary>
    NotActor,

    /// <summary>Anything else: a thing, an idea, a place's name used as a thing.</summary>
    Thing,
}

/// <summary>A phrase found as source or target: its words (token range within the sentence) and the entity it names.</summary>
internal readonly record struct Actor(ActorKind Kind, int First, int Last, TextSpan Span, string? EntityId)
{
    public bool IsActor => Kind is ActorKind.Entity or ActorKind.Group or ActorKind.Pronoun;
}
