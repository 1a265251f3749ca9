using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;

namespace SeedModels.Testing
{
    /// <summary>What one run of the dotnet CLI did: exit code, both streams, time taken.</summary>
    public sealed class CommandResult
    {
        public CommandResult(string commandLine, string workingDirectory, int exitCode, string standardOutput, string standardError, TimeSpan elapsed, bool timedOut)
        {
            CommandLine = commandLine;
            WorkingDirectory = workingDirectory;
            ExitCode = exitCode;
            StandardOutput = standardOutput;
            StandardError = standardError;
            Elapsed = elapsed;
            TimedOut = timedOut;
        }

        public string CommandLine { get; }

        public string WorkingDirectory { get; }

        public int ExitCode { get; }

        public string StandardOutput { get; }

        public string StandardError { get; }

        public TimeSpan Elapsed { get; }

        public bool TimedOut { get; }

        /// <summary>Both streams, with path separators normalised to '/' so assertions read the same on every OS.</summary>
        public string Output => (StandardOutput + "\n" + StandardError).Replace('\\', '/');

        /// <summary>
        /// The output before MSBuild's closing summary ("Build succeeded." / "Build FAILED."), which repeats every
        /// warning and error; counting lines here counts each diagnostic once.
        /// </summary>
        public string OutputBeforeSummary
        {
            get
            {
                var output = Output.Replace("\r\n", "\n");
                var cut = LastIndexOfLine(output, "Build succeeded.");
                if (cut < 0)
                {
                    cut = LastIndexOfLine(output, "Build FAILED.");
                }

                return cut < 0 ? output : output.Substring(0, cut);
            }
        }

        /// <summary>The lines of <see cref="OutputBeforeSummary"/>.</summary>
        public IReadOnlyList<string> Lines => OutputBeforeSummary.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToArray();

        public string Describe()
        {
            var status = TimedOut ? "TIMED OUT and was killed" : "exited " + ExitCode;
            return $"`{CommandLine}` in {WorkingDirectory} {status} after {Elapsed.TotalSeconds:F1}s\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}\n---";
        }

        public override string ToString() => Describe();

        private static int LastIndexOfLine(string text, string line)
        {
            var index = text.LastIndexOf("\n" + line, StringComparison.Ordinal);
            if (index >= 0)
            {
                return index + 1;
            }

            return text.StartsWith(line, StringComparison.Ordinal) ? 0 : -1;
        }
    }

    /// <summary>
    /// Runs the real dotnet CLI as a child process with a clean, predictable environment (the package tests and the
    /// build benchmark).
    /// </summary>
    public static class DotnetCli
    {
        private static readonly TimeSpan StreamDrainTimeout = TimeSpan.FromSeconds(15);

        /// <summary>The dotnet host: the one that runs these tests when known, else "dotnet" from PATH.</summary>
        public static string HostPath
        {
            get
            {
                var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
                return !string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk) ? fromSdk : "dotnet";
            }
        }

        /// <summary>Runs <c>dotnet args…</c> in <paramref name="workingDirectory"/>, killing it (and its children) after <paramref name="timeout"/>.</summary>
        public static CommandResult Run(string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment, params string[] args)
        {
            var start = new ProcessStartInfo(HostPath)
            {
                WorkingDirectory = workingDirectory,
                UseShellExecute = false,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = new UTF8Encoding(false),
                StandardErrorEncoding = new UTF8Encoding(false),
            };
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            // The test host was itself started by an MSBuild-driven `dotnet test`; its MSBuild* variables (SDK paths,
            // node settings, …) and any roll-forward setting must not steer the child builds.
            foreach (var key in start.Environment.Keys.ToList())
            {
                if (key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) ||
                    key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase) ||
                    key.Equals("DOTNET_ROLL_FORWARD", StringComparison.OrdinalIgnoreCase))
                {
                    start.Environment.Remove(key);
                }
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
            start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            start.Environment["MSBUILDTERMINALLOGGER"] = "off";
            if (environment != null)
            {
                foreach (var pair in environment)
                {
                    start.Environment[pair.Key] = pair.Value;
                }
            }

            var commandLine = "dotnet " + string.Join(" ", args.Select(a => a.Contains(' ', StringComparison.Ordinal) ? "\"" + a + "\"" : a));
            var stdout = new StringBuilder();
            var stderr = new StringBuilder();
            using var stdoutClosed = new ManualResetEventSlim(false);
            using var stderrClosed = new ManualResetEventSlim(false);
            var clock = Stopwatch.StartNew();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => Append(stdout, stdoutClosed, e.Data);
            process.ErrorDataReceived += (_, e) => Append(stderr, stderrClosed, e.Data);
            process.Start();
            process.StandardInput.Close();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            var timedOut = false;
            if (!process.WaitForExit((int)timeout.TotalMilliseconds))
            {
                timedOut = true;
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // It exited between the timeout and the kill.
                }

                process.WaitForExit((int)StreamDrainTimeout.TotalMilliseconds);
            }

            // The time is the process's, start to exit. Then let the last lines arrive: a grandchild that inherited the
            // pipes (a build server) could hold them open, so the wait is bounded.
            clock.Stop();
            stdoutClosed.Wait(StreamDrainTimeout);
            stderrClosed.Wait(StreamDrainTimeout);

            string Snapshot(StringBuilder builder)
            {
                lock (builder)
                {
                    return builder.ToString();
                }
            }

            return new CommandResult(commandLine, workingDirectory, process.HasExited ? process.ExitCode : -1, Snapshot(stdout), Snapshot(stderr), clock.Elapsed, timedOut);
        }

        private static void Append(StringBuilder builder, ManualResetEventSlim closed, string? line)
        {
            if (line == null)
            {
                closed.Set();
                return;
            }

            lock (builder)
            {
                builder.Append(line).Append('\n');
            }
        }
    }
}
