using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;

namespace SeedModels.Cli
{
    /// <summary>
    /// Finds the article files a path names and reads them defensively: only regular files (a named pipe would block
    /// the read forever, <c>/dev/zero</c> never ends), at most <see cref="MaxBytes"/> of any file, folders walked without
    /// following a symbolic link back into a folder already walked.
    /// </summary>
    internal static class ArticleFiles
    {
        /// <summary>The most any one file may hold; beyond it the file is refused with an error, not read.</summary>
        public const long MaxBytes = 64L * 1024 * 1024;

        /// <summary>Every <c>*.txt</c> file below <paramref name="folder"/>, in ordinal path order; problems go to <paramref name="errors"/>.</summary>
        public static List<string> Below(string folder, List<string> errors)
        {
            var files = new List<string>();
            Walk(new DirectoryInfo(folder), folder, new HashSet<string>(StringComparer.Ordinal), files, errors);
            files.Sort(StringComparer.Ordinal);
            return files;
        }

        private static void Walk(DirectoryInfo directory, string canonical, HashSet<string> walked, List<string> files, List<string> errors)
        {
            if (!walked.Add(canonical))
            {
                return; // a symbolic link back into a folder already walked: following it would list the same files again, without end
            }

            FileSystemInfo[] entries;
            try
            {
                entries = directory.GetFileSystemInfos();
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is System.Security.SecurityException)
            {
                errors.Add("cannot read folder '" + directory.FullName + "': " + e.Message);
                return;
            }

            foreach (var entry in entries)
            {
                if (entry is DirectoryInfo sub)
                {
                    string target;
                    try
                    {
                        target = sub.LinkTarget == null ? Path.Combine(canonical, sub.Name) : sub.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? sub.FullName;
                    }
                    catch (IOException e)
                    {
                        errors.Add("cannot follow '" + sub.FullName + "': " + e.Message);
                        continue;
                    }

                    Walk(sub, target, walked, files, errors);
                }
                else if (SeedModels.Extraction.Naming.ArticleCatalog.IsArticleFileName(entry.Name))
                {
                    files.Add(entry.FullName);
                }
            }
        }

        /// <summary>The file's bytes, or why it cannot be read (one line): not a regular file, too large, an I/O error.</summary>
        public static byte[]? Read(string path, out string? error)
        {
            error = null;
            if (NonRegularKind(path) is { } kind)
            {
                error = "it is " + kind + ", not a regular file";
                return null;
            }

            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
                if (stream.CanSeek && stream.Length > MaxBytes)
                {
                    error = TooLarge(stream.Length);
                    return null;
                }

                // The length a file claims is not trusted (files under /proc claim 0): at most MaxBytes + 1 bytes are read.
                using var buffer = new MemoryStream(stream.CanSeek ? (int)Math.Min(stream.Length, MaxBytes) : 81920);
                var chunk = new byte[81920];
                int n;
                while ((n = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, MaxBytes + 1 - buffer.Length))) > 0)
                {
                    buffer.Write(chunk, 0, n);
                    if (buffer.Length > MaxBytes)
                    {
                        error = TooLarge(null);
                        return null;
                    }
                }

                return buffer.ToArray();
            }
            catch (FileNotFoundException) when (new FileInfo(path).LinkTarget is { } target)
            {
                error = "it is a symbolic link to '" + target + "', which does not exist";
                return null;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is System.Security.SecurityException || e is NotSupportedException)
            {
                error = e.Message;
                return null;
            }
        }

        private static string TooLarge(long? length) =>
            "it is larger than " + (MaxBytes / (1024 * 1024)).ToString(System.Globalization.CultureInfo.InvariantCulture) + " MB" +
            (length is { } l ? " (" + l.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " bytes)" : string.Empty) +
            "; an article is text, far smaller";

        /// <summary>What the path is when it is not a regular file or a folder ("a named pipe", "a character device", …); null otherwise.</summary>
        private static string? NonRegularKind(string path)
        {
            if (OperatingSystem.IsWindows())
            {
                return null; // devices and pipes are not files that File.Exists finds there
            }

            try
            {
                if (Native.Stat(path, out var status) != 0)
                {
                    return null; // the read reports why (a dangling link, a missing file, a loop of links)
                }

                return (status.Mode & Native.TypeMask) switch
                {
                    Native.Regular or Native.Directory => null,
                    Native.Fifo => "a named pipe",
                    Native.CharacterDevice => "a character device",
                    Native.BlockDevice => "a block device",
                    Native.Socket => "a socket",
                    _ => "not a file",
                };
            }
            catch (Exception e) when (e is DllNotFoundException || e is EntryPointNotFoundException)
            {
                return null; // no stat here: the size cap still bounds the read
            }
        }

        /// <summary>
        /// <c>stat(2)</c> through the .NET runtime's own native shim (<c>SystemNative_Stat</c>, what <see cref="File"/> uses),
        /// whose <c>FileStatus</c> has the same layout on every Unix and architecture: .NET itself exposes no file type.
        /// </summary>
        private static class Native
        {
            public const int TypeMask = 0xF000;
            public const int Fifo = 0x1000;
            public const int CharacterDevice = 0x2000;
            public const int Directory = 0x4000;
            public const int BlockDevice = 0x6000;
            public const int Regular = 0x8000;
            public const int Socket = 0xC000;

            [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
            public static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out FileStatus output);

            /// <summary>The shim's FileStatus (pal_io.h): flags and mode first; the rest is room for every later field.</summary>
            [StructLayout(LayoutKind.Sequential)]
            public struct FileStatus
            {
                public int Flags;
                public int Mode;
                public uint Uid;
                public uint Gid;
                public long Size;
                public Padding Rest;
            }

            /// <summary>Room for the fields after <c>Size</c> (times, device, inode, flags: 14 today), kept blittable.</summary>
            [System.Runtime.CompilerServices.InlineArray(32)]
            public struct Padding
            {
                private long _element;
            }
        }
    }
}
