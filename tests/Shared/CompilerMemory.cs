using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;

namespace SeedModels.Testing
{
    /// <summary>
    /// The peak memory of the C# compiler a build runs, read from Linux's /proc while the build goes on: every csc process
    /// whose working folder is the consumer's is sampled every 50 ms, and its <c>VmHWM</c> (the kernel's own high-water mark
    /// of the process's resident memory, which only grows) is kept. The build must run csc as its own process
    /// (<c>-p:UseSharedCompilation=false</c>), not inside the shared compiler server. Other builds on the machine, in other
    /// folders, are not counted. Elsewhere than Linux it reports nothing.
    /// </summary>
    public sealed class CompilerMemory : IDisposable
    {
        private readonly string _folder;
        private readonly Thread _thread;
        private readonly Dictionary<int, long> _peaks = new Dictionary<int, long>();
        private volatile bool _stop;

        public CompilerMemory(string consumerFolder)
        {
            _folder = Path.GetFullPath(consumerFolder).TrimEnd('/');
            _thread = new Thread(Sample) { IsBackground = true, Name = "csc memory" };
            _thread.Start();
        }

        /// <summary>The largest peak of one compiler process, in bytes; 0 when none was seen.</summary>
        public long PeakBytes
        {
            get
            {
                lock (_peaks)
                {
                    var max = 0L;
                    foreach (var peak in _peaks.Values)
                    {
                        max = Math.Max(max, peak);
                    }

                    return max;
                }
            }
        }

        /// <summary>How many compiler processes were seen.</summary>
        public int Processes
        {
            get
            {
                lock (_peaks)
                {
                    return _peaks.Count;
                }
            }
        }

        public void Dispose()
        {
            _stop = true;
            _thread.Join();
        }

        public static string Describe(long bytes) => bytes == 0 ? "n/a" : (bytes / (1024.0 * 1024.0)).ToString("F0", CultureInfo.InvariantCulture) + " MB";

        /// <summary>csc, however the build starts it: <c>dotnet exec …/csc.dll</c> or the SDK's <c>…/Roslyn/bincore/csc</c> host.</summary>
        public static bool IsCompiler(string cmdline)
        {
            foreach (var arg in cmdline.Split('\0'))
            {
                var name = Path.GetFileName(arg);
                if (name == "csc.dll" || name == "csc" || name == "csc.exe")
                {
                    return true;
                }
            }

            return false;
        }

        private void Sample()
        {
            if (!Directory.Exists("/proc"))
            {
                return;
            }

            while (!_stop)
            {
                foreach (var entry in Directory.EnumerateDirectories("/proc"))
                {
                    if (!int.TryParse(Path.GetFileName(entry), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
                    {
                        continue;
                    }

                    try
                    {
                        if (!IsCompiler(File.ReadAllText(Path.Combine(entry, "cmdline"))))
                        {
                            continue;
                        }

                        var cwd = new DirectoryInfo(Path.Combine(entry, "cwd")).ResolveLinkTarget(returnFinalTarget: false)?.FullName ?? string.Empty;
                        if (!cwd.TrimEnd('/').Equals(_folder, StringComparison.Ordinal))
                        {
                            continue;
                        }

                        foreach (var line in File.ReadLines(Path.Combine(entry, "status")))
                        {
                            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                            {
                                var kb = long.Parse(line.Substring(6).Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                                lock (_peaks)
                                {
                                    _peaks[pid] = Math.Max(_peaks.GetValueOrDefault(pid), kb * 1024);
                                }

                                break;
                            }
                        }
                    }
                    catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                    {
                        // The process ended while it was read.
                    }
                }

                Thread.Sleep(50);
            }
        }
    }
}
