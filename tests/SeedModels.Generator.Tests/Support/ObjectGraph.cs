using System;
using System.Collections.Generic;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace SeedModels.Generator.Tests.Support
{
    /// <summary>
    /// Walks an object and everything it holds (fields of classes, records, structs and tuples; array items, which
    /// covers ImmutableArray, EquatableArray and List) looking for compiler objects a cached pipeline must not hold.
    /// </summary>
    internal static class ObjectGraph
    {
        private static readonly Type[] Forbidden =
        {
            typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SemanticModel), typeof(Location), typeof(Diagnostic),
        };

        /// <summary>Where in <paramref name="root"/> a forbidden object sits (a path of field names), or null if nowhere.</summary>
        public static string? FindForbidden(object? root, string rootName)
        {
            var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
            return Walk(root, rootName, seen, depth: 0);
        }

        private static string? Walk(object? value, string path, HashSet<object> seen, int depth)
        {
            if (value is null)
            {
                return null;
            }

            var type = value.GetType();
            foreach (var forbidden in Forbidden)
            {
                if (forbidden.IsInstanceOfType(value))
                {
                    return path + " is a " + type.FullName + " (a " + forbidden.Name + ")";
                }
            }

            if (IsLeaf(type) || depth > 40 || (!type.IsValueType && !seen.Add(value)))
            {
                return null;
            }

            if (value is Array array)
            {
                var i = 0;
                foreach (var item in array)
                {
                    var found = Walk(item, path + "[" + i++ + "]", seen, depth + 1);
                    if (found != null)
                    {
                        return found;
                    }
                }

                return null;
            }

            for (var t = type; t != null && t != typeof(object); t = t.BaseType)
            {
                foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (field.FieldType.IsPointer || field.FieldType.IsByRefLike)
                    {
                        continue;
                    }

                    var found = Walk(field.GetValue(value), path + "." + field.Name, seen, depth + 1);
                    if (found != null)
                    {
                        return found;
                    }
                }
            }

            return null;
        }

        /// <summary>Values that cannot hold anything: primitives, strings, enums, reflection (code, not data); a delegate is walked through its target.</summary>
        private static bool IsLeaf(Type type) =>
            type.IsPrimitive || type.IsEnum || type.IsPointer || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime) ||
            typeof(MemberInfo).IsAssignableFrom(type) || typeof(System.Text.Encoding).IsAssignableFrom(type);
    }
}
