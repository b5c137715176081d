// Allocation profile per pipeline stage from GC allocation ticks (one event per ~100 KB allocated, with its stack):
//   dotnet-trace collect --providers Microsoft-Windows-DotNETRuntime:0x1:5 -o a.nettrace -- taskset -c 1 dotnet DIR/dateline.dll bench --tokens 300000
//   dotnet build bench/profile/AllocTicks -c Release -o /tmp/allocticks && dotnet /tmp/allocticks/AllocTicks.dll a.nettrace [TOP]
// Prints, per stage (the stage's Process frame on the stack; the resolver's Resolve, as its component's Process is inlined), the share of sampled bytes by type, by the innermost
// frame of our own code, and by allocating frame <- own frame. Warm-up and start-up are included.
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;
using System.Text.RegularExpressions;

var top = args.Length > 1 ? int.Parse(args[1]) : 12;
var stages = new (string, Regex)[] {
  ("events", new(@"EventExtractor\.Process")), ("times", new(@"TimeTagger\.Process")), ("quotes", new(@"QuoteExtractor\.Process")),
  ("amounts", new(@"AmountExtractor\.Process")), ("recognizer", new(@"EntityRecognizerComponent\.Process")), ("resolver", new(@"EntityResolverComponent\.Process|EntityResolver\.Resolve\(")),
  ("tokenizer", new(@"TokenizerComponent\.Process")), ("sentences", new(@"SentenceSplitterComponent\.Process")), ("pos", new(@"PosTagger|Pos\w*Component\.Process")),
  ("relations", new(@"RelationDeriver\.Process")), ("given", new(@"GivenText")), ("language", new(@"LanguageGuesser")) };
var etlx = TraceLog.CreateFromEventPipeDataFile(args[0], null, new TraceLogOptions { ContinueOnError = true });
using var log = new TraceLog(etlx);
var byStage = new Dictionary<string, double>();
var byType = new Dictionary<string, Dictionary<string, double>>();
var byFrame = new Dictionary<string, Dictionary<string, double>>();
var byInner = new Dictionary<string, Dictionary<string, double>>();
double total = 0;
var lib = new Regex(@"^(System\.|Microsoft\.|ntdll|libcoreclr|\?)");
foreach (var ev in log.Events)
{
  if (ev is not GCAllocationTickTraceData t) continue;
  double bytes = t.AllocationAmount64;
  total += bytes;
  var names = new List<string>();
  for (var cs = ev.CallStack(); cs != null; cs = cs.Caller) names.Add(cs.CodeAddress.FullMethodName ?? "?");
  string stage = "other";
  foreach (var (s, rx) in stages) if (names.Any(n => rx.IsMatch(n))) { stage = s; break; }
  byStage[stage] = byStage.GetValueOrDefault(stage) + bytes;
  Add(byType, stage, t.TypeName ?? "?", bytes);
  // first frame of our own code (not System.*), innermost first
  var own = names.FirstOrDefault(n => n.Length > 0 && !lib.IsMatch(n)) ?? "?";
  Add(byFrame, stage, own, bytes);
  var inner = names.Count > 0 ? names[0] : "?";
  Add(byInner, stage, inner + "  <-  " + own, bytes);
}
Console.WriteLine($"allocation ticks: {total / 1e6:F0} MB sampled");
foreach (var (s, b) in byStage.OrderByDescending(kv => kv.Value))
{
  Console.WriteLine($"\n{s}: {100 * b / total:F1} % ({b / 1e6:F0} MB)");
  Console.WriteLine("  types:"); foreach (var (k, v) in byType[s].OrderByDescending(kv => kv.Value).Take(top)) Console.WriteLine($"    {100 * v / b,5:F1} %  {k}");
  Console.WriteLine("  own frames:"); foreach (var (k, v) in byFrame[s].OrderByDescending(kv => kv.Value).Take(top)) Console.WriteLine($"    {100 * v / b,5:F1} %  {k}");
  Console.WriteLine("  allocating frame <- own frame:"); foreach (var (k, v) in byInner[s].OrderByDescending(kv => kv.Value).Take(top)) Console.WriteLine($"    {100 * v / b,5:F1} %  {k}");
}
static void Add(Dictionary<string, Dictionary<string, double>> d, string s, string k, double v)
{ if (!d.TryGetValue(s, out var m)) d[s] = m = new(); m[k] = m.GetValueOrDefault(k) + v; }
