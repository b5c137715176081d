using Dateline.Core.Layers;

namespace Dateline.Core.Pipeline;

/// <summary>
/// Composes components in order, as Markdig's MarkdownPipelineBuilder does: place a component relative to another by
/// type, then <see cref="Build"/> checks that each component's requirements come before it and seals the pipeline.
/// Extensions are extension methods on this builder (UseExtraction(), UseLanguage() …); the layers the added
/// components assign make up the pipeline's registry (<see cref="Layers"/>).
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IPipelineComponent> _components = [];

    public IReadOnlyList<IPipelineComponent> Components => _components;

    /// <summary>The layers the components assign, in the order they first appear: what the store, JSON and pages will carry.</summary>
    public LayerSet Layers => new(_components.SelectMany(c => c.Assigns).OfType<Layer>().DistinctBy(l => l.Name));

    public PipelineBuilder Add(IPipelineComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        _components.Add(component);
        return this;
    }

    public PipelineBuilder InsertBefore<T>(IPipelineComponent component)
        where T : IPipelineComponent
    {
        _components.Insert(IndexOf<T>(), component);
        return this;
    }

    public PipelineBuilder InsertAfter<T>(IPipelineComponent component)
        where T : IPipelineComponent
    {
        _components.Insert(IndexOf<T>() + 1, component);
        return this;
    }

    public PipelineBuilder Replace<T>(IPipelineComponent component)
        where T : IPipelineComponent
    {
        _components[IndexOf<T>()] = component;
        return this;
    }

    public PipelineBuilder Remove<T>()
        where T : IPipelineComponent
    {
        _components.RemoveAt(IndexOf<T>());
        return this;
    }

    public bool Contains<T>()
        where T : IPipelineComponent
        => _components.Exists(c => c is T);

    /// <exception cref="InvalidOperationException">A component requires what no earlier component assigns (the message names both).</exception>
    public Pipeline Build()
    {
        var available = new HashSet<Capability>();
        foreach (var component in _components)
        {
            var missing = component.Requires.Where(r => !available.Contains(r)).ToList();
            if (missing.Count > 0)
            {
                throw new InvalidOperationException($"component {component.Name} requires {string.Join(", ", missing)}, which no earlier component assigns");
            }

            available.UnionWith(component.Assigns);
        }

        return new Pipeline([.. _components], Layers);
    }

    private int IndexOf<T>()
    {
        var index = _components.FindIndex(c => c is T);
        return index >= 0 ? index : throw new InvalidOperationException($"no component of type {typeof(T).Name} in the pipeline");
    }
}
