using System;
using System.Collections.Generic;

namespace SeedModels.Generated
{
    /// <summary>Compares project-relative paths ordinally, with <c>\</c> and <c>/</c> the same character; allocates nothing.</summary>
    internal sealed class SourcePathComparer : IEqualityComparer<string>
    {
        public static readonly SourcePathComparer Instance = new SourcePathComparer();

        public bool Equals(string? x, string? y)
        {
            if (ReferenceEquals(x, y))
            {
                return true;
            }

            if (x is null || y is null || x.Length != y.Length)
            {
                return false;
            }

            for (var i = 0; i < x.Length; i++)
            {
                if (Normal(x[i]) != Normal(y[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>FNV-1a over the normalised characters.</summary>
        public int GetHashCode(string obj)
        {
            if (obj is null)
            {
                throw new ArgumentNullException(nameof(obj));
            }

            var hash = 2166136261u;
            foreach (var c in obj)
            {
                hash = (hash ^ Normal(c)) * 16777619u;
            }

            return (int)hash;
        }

        private static char Normal(char c) => c == '\\' ? '/' : c;
    }
}
