using System.Globalization;
using Dateline.Store.Queries;
using Dateline.Web.Html;
using Attr = Dateline.Web.Html.HtmlAttribute;

namespace Dateline.Web.Pages;

/// <summary>A bar chart of a timeline as inline SVG drawn on the server: attributes only, no script or style needed.</summary>
internal static class TimelineChart
{
    private const int Width = 720;
    private const int Height = 180;
    private const int Left = 40;
    private const int Bottom = 24;

    /// <param name="w">Where the chart goes.</param>
    /// <param name="buckets">The periods, oldest first.</param>
    /// <param name="mentions">Bars count mentions (an entity's timeline) instead of articles.</param>
    /// <param name="link">A link for a period's bar (it then narrows to that period), or none.</param>
    public static void Write(HtmlWriter w, IReadOnlyList<TimelineBucket> buckets, bool mentions, Func<string, string?>? link = null)
    {
        if (buckets.Count == 0)
        {
            w.Element("p", "No dated articles to chart.", new Attr("class", "muted"));
            return;
        }

        long Value(TimelineBucket b) => mentions ? b.Mentions : b.Articles;
        var max = Math.Max(1, buckets.Max(Value));
        var plotWidth = Width - Left - 8;
        var plotHeight = Height - Bottom - 8;
        var barWidth = (double)plotWidth / buckets.Count;
        string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

        w.Open("svg", new Attr("class", "chart"), new Attr("viewBox", $"0 0 {Width} {Height}"), new Attr("role", "img"),
            new Attr("aria-label", $"{(mentions ? "Mentions" : "Articles")} per period, {buckets[0].Period} to {buckets[^1].Period}, at most {max}"));
        w.Element("line", null, new Attr("x1", N(Left)), new Attr("y1", N(8 + plotHeight)), new Attr("x2", N(Width - 8)), new Attr("y2", N(8 + plotHeight)), new Attr("class", "axis"));
        w.Element("text", max.ToString(CultureInfo.InvariantCulture), new Attr("x", N(Left - 4)), new Attr("y", "16"), new Attr("class", "tick"), new Attr("text-anchor", "end"));
        w.Element("text", "0", new Attr("x", N(Left - 4)), new Attr("y", N(8 + plotHeight)), new Attr("class", "tick"), new Attr("text-anchor", "end"));
        for (var i = 0; i < buckets.Count; i++)
        {
            var b = buckets[i];
            var h = plotHeight * Value(b) / (double)max;
            var href = Value(b) > 0 ? link?.Invoke(b.Period) : null;
            if (href is not null)
            {
                w.Open("a", new Attr("href", href), new Attr("class", "bar-link"));
            }

            w.Open("rect", new Attr("class", "bar"), new Attr("x", N(Left + (i * barWidth) + (barWidth * 0.1))), new Attr("y", N(8 + plotHeight - h)),
                new Attr("width", N(Math.Max(1, barWidth * 0.8))), new Attr("height", N(h)), new Attr("data-period", b.Period), new Attr("data-value", Value(b).ToString(CultureInfo.InvariantCulture)));
            w.Element("title", mentions ? $"{b.Period}: {b.Articles} article(s), {b.Mentions} mention(s)" : $"{b.Period}: {b.Articles} article(s)");
            w.Close("rect");
            if (href is not null)
            {
                w.Close("a");
            }
        }

        w.Element("text", buckets[0].Period, new Attr("x", N(Left)), new Attr("y", N(Height - 6)), new Attr("class", "tick"));
        if (buckets.Count > 1)
        {
            w.Element("text", buckets[^1].Period, new Attr("x", N(Width - 8)), new Attr("y", N(Height - 6)), new Attr("class", "tick"), new Attr("text-anchor", "end"));
        }

        w.Close("svg");
    }
}
