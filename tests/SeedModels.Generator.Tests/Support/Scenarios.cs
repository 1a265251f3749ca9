using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeedModels.Testing;
using Xunit;

namespace SeedModels.Generator.Tests.Support
{
    /// <summary>The article sets the tests run the generator on: the repository's seeds and the edge cases of README "Hostile input" and §5.</summary>
    internal static class Scenarios
    {
        /// <summary>
        /// A headline built to break naive emitters: a comment terminator, XML doc markup, a quote, backslashes, a
        /// format placeholder, control characters (NUL, bell, escape), a bidi override and an unpaired surrogate.
        /// (C1 controls, which strictly decoded text may hold too, are covered by the engine and analyzer tests.)
        /// </summary>
        public static readonly string HostileHeadline =
            "Mayor says */ </summary> <b>\"no\"</b> & C:\\temp\\ {0} {{1}} bell" + '\u0007' + " nul" + '\u0000' + " esc" + '\u001B' +
            " rtl" + '\u202E' + "x lone" + '\uD800' + " end";

        public static IReadOnlyList<TestFile> Seeds()
        {
            var folder = RepoRoot.Combine("seeds");
            return Directory.GetFiles(folder, "*.txt")
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => new TestFile("seeds/" + Path.GetFileName(f), File.ReadAllText(f)))
                .ToList();
        }

        /// <summary>Every named scenario. Edge cases are snapshot-tested; all of them must compile without a warning.</summary>
        public static IReadOnlyList<TestFile> Get(string name) => name switch
        {
            "Seeds" => Seeds(),
            "HostileHeadline" => new[]
            {
                new TestFile("seeds/hostile.txt", HostileHeadline + "\n\nThe council said the */ comment and \"quotes\" and C:\\path\\ and {0} stay as they are.\n"),
                new TestFile("seeds/odd */ </summary> & \"name\".txt", "Costs rise as 3 < 4 and 5 > 2 & more\n\nA file whose path and headline hold XML and comment syntax.\n"),
            },
            "NoHeadline" => new[]
            {
                new TestFile("seeds/untitled-wire-copy.txt", "This story starts with a sentence that ends with a full stop.\nIt goes on over a second line.\n\nA second paragraph follows here.\n"),
            },
            "IdAnnotation" => new[]
            {
                new TestFile("seeds/annotated.txt", "---\nid: CapitolSelfie\nbyline: Jane Doe\ndate: 2021-01-06\nplace: Washington\n---\nPolice officer filmed posing for selfie\n\nThe footage spread quickly across social media on Wednesday.\n"),
            },
            "IdMetadata" => new[]
            {
                new TestFile("seeds/picked.txt", "Council approves new budget\n\nThe council approved the budget on Tuesday night.\n", Id: "EditorsPick"),
                new TestFile("seeds/picked-bad.txt", "Mayor opens new bridge\n\nThe mayor opened the bridge on Monday morning.\n", Id: "class"),
            },
            "Collision" => new[]
            {
                new TestFile("seeds/b-second.txt", "Capitol riot\n\nA second story with the same headline as the first.\n"),
                new TestFile("seeds/a-first.txt", "Capitol riot\n\nThe first story, in path order, keeps the plain name.\n"),
            },
            "KeywordHeadline" => new[]
            {
                new TestFile("seeds/keyword.txt", "class\n\nA headline that is a C# keyword must still make a type name.\n"),
                new TestFile("seeds/keywords.txt", "return static void\n\nA headline made of C# keywords must still make a type name.\n"),
            },
            "DigitsHeadline" => new[]
            {
                new TestFile("seeds/digits.txt", "2021 riot shakes Washington\n\nA headline that starts with digits cannot start a type name.\n"),
            },

            // Compiled, not snapshot-tested: headlines whose type names clash with members records, object, Article or the catalog have.
            "ReservedNames" => new[]
            {
                new TestFile("seeds/r1.txt", "Equals\n\nA type named like a member its record synthesizes.\n"),
                new TestFile("seeds/r2.txt", "To string\n\nA type named like a member its record synthesizes.\n"),
                new TestFile("seeds/r3.txt", "Get hash code\n\nA type named like a member its record synthesizes.\n"),
                new TestFile("seeds/r4.txt", "Print members\n\nA type named like a member its record synthesizes.\n"),
                new TestFile("seeds/r5.txt", "Equality contract\n\nA type named like a member its record synthesizes.\n"),
                new TestFile("seeds/r6.txt", "Instance\n\nA type named like a member the generator writes.\n"),
                new TestFile("seeds/r7.txt", "Catalog link\n\nA type named like a member the generator writes.\n"),
                new TestFile("seeds/r8.txt", "Seed articles\n\nA type named like the catalog.\n"),
                new TestFile("seeds/r9.txt", "All\n\nA type named like the catalog's list.\n"),
                new TestFile("seeds/ra.txt", "Get type\n\nA catalog property named like an inherited member of object.\n"),
                new TestFile("seeds/rb.txt", "Memberwise clone\n\nA catalog property named like an inherited member of object.\n"),
                new TestFile("seeds/rc.txt", "Reference equals\n\nA catalog property named like an inherited member of object.\n"),
                new TestFile("seeds/rd.txt", "Headline\n\nA type named like a property it inherits from Article.\n"),
                new TestFile("seeds/re.txt", "Article\n\nA type named like the base record.\n"),
                new TestFile("seeds/rf.txt", "Get\n\nA catalog property named like the catalog's lookup.\n"),
                new TestFile("seeds/rg.txt", "Try get\n\nA catalog property named like the catalog's lookup.\n"),
                new TestFile("seeds/rh.txt", "Get by source file\n\nA catalog property named like the catalog's lookup.\n"),
                new TestFile("seeds/ri.txt", "Try get by source file\n\nA catalog property named like the catalog's lookup.\n"),
            },
            "Unreadable" => new[]
            {
                new TestFile("seeds/empty.txt", string.Empty),
                new TestFile("seeds/blank.txt", "\n\n   \n"),
                new TestFile("seeds/binary.txt", new string(Enumerable.Range(0, 64).Select(i => (char)(i % 9)).ToArray())),
                new TestFile("seeds/fine.txt", "A readable story\n\nIts body is fine.\n"),
            },
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
        };

        public static readonly string[] SnapshotNames =
        {
            "HostileHeadline", "NoHeadline", "IdAnnotation", "IdMetadata", "Collision", "KeywordHeadline", "DigitsHeadline",
        };

        public static TheoryData<string> SnapshotCases() => new TheoryData<string>(SnapshotNames);

        public static readonly string[] AllNames = new[] { "Seeds" }.Concat(SnapshotNames).Concat(new[] { "ReservedNames", "Unreadable" }).ToArray();

        public static TheoryData<string> AllCases() => new TheoryData<string>(AllNames);

        /// <summary>
        /// Every scenario's files at once, under distinct folders (collisions across scenarios included), but for
        /// <c>ReservedNames</c>, which has a test of its own.
        /// </summary>
        public static IReadOnlyList<TestFile> Everything() =>
            AllNames
                .Where(name => name != "ReservedNames")
                .SelectMany(name => Get(name).Select(f => f with { RelativePath = name + "/" + f.RelativePath }))
                .ToList();

        /// <summary><paramref name="count"/> small articles with distinct headlines.</summary>
        public static IReadOnlyList<TestFile> Many(int count) =>
            Enumerable.Range(0, count)
                .Select(i => new TestFile(
                    "seeds/" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + ".txt",
                    "Story number " + Words(i) + "\n\nThe body of story " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + " is one sentence.\n"))
                .ToList();

        /// <summary>A number in words, so every headline gives its own type name.</summary>
        private static string Words(int n)
        {
            string[] digits = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine" };
            return string.Join(" ", n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => digits[c - '0']));
        }
    }
}
