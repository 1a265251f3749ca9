using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Xunit.Abstractions;

namespace SeedModels.Fuzz.Tests.Support
{
    /// <summary>Runs batches, counts what the issue asks for, and keeps every new failure as a shrunk regression file.</summary>
    internal sealed class FuzzCampaign
    {
        /// <summary>At most this many failures of one signature are shrunk and saved per campaign (one bug, one or two files).</summary>
        private const int SavesPerSignature = 1;

        private readonly ITestOutputHelper _output;
        private readonly string _name;
        private readonly bool _saveRegressions;
        private readonly TimeSpan _shrinkBudget;
        private readonly string? _progressFile;
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        private readonly Dictionary<string, int> _saved = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly Dictionary<string, long> _diagnostics = new Dictionary<string, long>(StringComparer.Ordinal);
        private readonly List<string> _failureLines = new List<string>();
        private readonly Dictionary<string, long> _bySignature = new Dictionary<string, long>(StringComparer.Ordinal);
        private readonly object _gate = new object();

        public FuzzCampaign(ITestOutputHelper output, string name, bool saveRegressions = true, TimeSpan? shrinkBudget = null)
        {
            _output = output;
            _name = name;
            _saveRegressions = saveRegressions;
            _shrinkBudget = shrinkBudget ?? TimeSpan.FromSeconds(45);
            _progressFile = Environment.GetEnvironmentVariable("SEEDMODELS_FUZZ_PROGRESS");
        }

        public long Inputs { get; private set; }

        public long InputBytes { get; private set; }

        public long Batches { get; private set; }

        /// <summary>Inputs made from real prose: published articles mutated (<see cref="FromCorpus"/>) and grammar articles (<see cref="FromGrammar"/>).</summary>
        public long RealShaped => FromCorpus + FromGrammar;

        public long FromCorpus { get; private set; }

        public long FromGrammar { get; private set; }

        /// <summary>
        /// The number of the first input a failure names, counting every input the campaign tried in order (0 while there is
        /// none; the batch's last input when the failure names no file). With two workers, batches are counted as they finish.
        /// </summary>
        public long FirstFailureAt { get; private set; }

        private string? _firstFailure;

        public long Crashes { get; private set; }

        public long NonCompilingOutputs { get; private set; }

        public long SilentLosses { get; private set; }

        public long Nondeterministic { get; private set; }

        public long Inconsistent { get; private set; }

        public long Hangs { get; private set; }

        public long Generated { get; private set; }

        public long Unreadable { get; private set; }

        public long UnreadableTexts { get; private set; }

        public long Failed { get; private set; }

        public TimeSpan SlowestBatch { get; private set; }

        public string? SlowestBatchOrigin { get; private set; }

        public long FailureCount => Crashes + NonCompilingOutputs + SilentLosses + UnreadableTexts + Nondeterministic + Inconsistent + Hangs;

        public IReadOnlyList<string> SavedFiles => _savedFiles;

        private readonly List<string> _savedFiles = new List<string>();

        public BatchOutcome Run(FuzzBatch batch, int shuffleSeed, bool repeatInSameOrder = true)
        {
            var outcome = Pipeline.Run(batch, shuffleSeed, repeatInSameOrder);
            lock (_gate)
            {
                var before = Inputs;
                Batches++;
                Inputs += batch.Files.Count;
                FromCorpus += batch.Files.Count(f => f.Shape == InputShape.RealArticle);
                FromGrammar += batch.Files.Count(f => f.Shape == InputShape.ReportingGrammar);

                if (outcome.Failures.Count > 0 && FirstFailureAt == 0)
                {
                    var paths = batch.Files.Select(f => f.RelativePath).ToList();
                    var first = outcome.Failures.Select(f => paths.IndexOf(f.File ?? string.Empty)).Where(i => i >= 0).DefaultIfEmpty(paths.Count - 1).Min();
                    FirstFailureAt = before + first + 1;
                    _firstFailure = batch.Files[first].ToString();
                }

                InputBytes += batch.TotalBytes;
                Generated += outcome.Generated;
                Unreadable += outcome.Unreadable;
                Failed += outcome.Failed;
                foreach (var (id, n) in outcome.DiagnosticCounts)
                {
                    _diagnostics[id] = _diagnostics.TryGetValue(id, out var m) ? m + n : n;
                }

                if (outcome.Elapsed > SlowestBatch)
                {
                    SlowestBatch = outcome.Elapsed;
                    SlowestBatchOrigin = batch.Origin + " (" + batch.Files.Count + " files, " + batch.TotalBytes + " bytes; " + outcome.Timings +
                                         "; slowest read " + outcome.SlowestRead.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture) + " ms: " + outcome.SlowestReadFile + ")";
                }

                foreach (var f in outcome.Failures)
                {
                    var signature = f.Kind + " [" + f.Signature + "]";
                    _bySignature[signature] = _bySignature.TryGetValue(signature, out var seen) ? seen + 1 : 1;
                    switch (f.Kind)
                    {
                        case FailureKind.Crash: Crashes++; break;
                        case FailureKind.NonCompiling: NonCompilingOutputs++; break;
                        case FailureKind.SilentLoss: SilentLosses++; break;
                        case FailureKind.UnreadableText: UnreadableTexts++; break;
                        case FailureKind.Nondeterministic: Nondeterministic++; break;
                        case FailureKind.Hang: Hangs++; break;
                        default: Inconsistent++; break;
                    }

                    if (_failureLines.Count < 40)
                    {
                        _failureLines.Add(batch.Origin + ": " + f);
                    }

                    if (FailureCount <= 200)
                    {
                        ProgressUnlocked("failure in " + batch.Origin + ": " + f);
                    }
                }
            }

            if (outcome.Failures.Count > 0 && _saveRegressions)
            {
                foreach (var failure in outcome.Failures.GroupBy(f => f.Kind + "|" + f.Signature).Select(g => g.First()))
                {
                    var key = failure.Kind + "|" + failure.Signature;
                    lock (_gate)
                    {
                        _saved.TryGetValue(key, out var n);
                        if (n >= SavesPerSignature)
                        {
                            continue;
                        }

                        _saved[key] = n + 1;
                    }

                    if (RegressionStore.Holds(failure))
                    {
                        Progress("not saved (a regression with " + failure.Kind + " [" + failure.Signature + "] is already kept)");
                        continue;
                    }

                    var shrunk = Shrinker.Shrink(batch, failure, _shrinkBudget);
                    var path = RegressionStore.Save(shrunk, failure);
                    lock (_gate)
                    {
                        if (!_savedFiles.Contains(path))
                        {
                            _savedFiles.Add(path); // one shrunk batch can hold the failures of several signatures
                        }
                    }

                    Progress("saved " + Path.GetFileName(path) + " for " + failure.Kind + " [" + failure.Signature + "] (" + shrunk.Files.Count + " files, " + shrunk.TotalBytes + " bytes)");
                }
            }

            return outcome;
        }

        public void Progress(string line)
        {
            lock (_gate)
            {
                ProgressUnlocked(line);
            }
        }

        private void ProgressUnlocked(string line)
        {
            if (_progressFile != null)
            {
                File.AppendAllText(_progressFile, DateTime.UtcNow.ToString("HH:mm:ss", CultureInfo.InvariantCulture) + " " + _name + ": " + line + "\n");
            }
        }

        public string Counts() =>
            "inputs tried " + RegressionStore.Count((int)Inputs) + " (real-shaped " + RegressionStore.Count((int)RealShaped) + ": " +
            RegressionStore.Count((int)FromCorpus) + " from published articles, " + RegressionStore.Count((int)FromGrammar) + " from the reporting grammar; " +
            RegressionStore.Count((int)Batches) + " compilations, " +
            (InputBytes / (1024.0 * 1024.0)).ToString("F1", CultureInfo.InvariantCulture) + " MB), crashes " + Crashes +
            ", non-compiling outputs " + NonCompilingOutputs + ", silent losses " + SilentLosses + ", valid UTF-8 text called unreadable " + UnreadableTexts +
            ", nondeterministic " + Nondeterministic + ", inconsistent " + Inconsistent + ", hangs " + Hangs;

        public string Summary()
        {
            var b = new StringBuilder();
            b.Append(_name).Append(": ").Append(Counts()).Append('\n');
            b.Append("  wall time ").Append(_watch.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)).Append(" s; slowest batch ")
                .Append(SlowestBatch.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture)).Append(" s: ").Append(SlowestBatchOrigin).Append('\n');
            b.Append("  generated types ").Append(Generated).Append(", unreadable (SEED008) ").Append(Unreadable).Append(", engine failed (SEED015) ").Append(Failed).Append('\n');
            b.Append("  analyzer diagnostics: ").Append(string.Join(", ", _diagnostics.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "×" + p.Value))).Append('\n');

            if (FirstFailureAt > 0)
            {
                b.Append("  first failure at input ").Append(RegressionStore.Count((int)FirstFailureAt)).Append(": ").Append(_firstFailure).Append('\n');
            }

            if (_bySignature.Count > 0)
            {
                b.Append("  failures by kind and signature: ").Append(string.Join(", ", _bySignature.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + " ×" + p.Value))).Append('\n');
            }

            foreach (var line in _failureLines)
            {
                b.Append("  FAILURE ").Append(line).Append('\n');
            }

            foreach (var path in _savedFiles)
            {
                b.Append("  saved regression ").Append(path.StartsWith(RegressionStore.Folder, StringComparison.Ordinal)
                    ? Path.GetFileName(path)
                    : path + " (over 1 MB: not kept in the repository; add a ScalingTests case for it)").Append('\n');
            }

            return b.ToString();
        }

        public void Report()
        {
            var summary = Summary();
            _output.WriteLine(summary);
            Progress(summary.TrimEnd());
        }
    }
}
