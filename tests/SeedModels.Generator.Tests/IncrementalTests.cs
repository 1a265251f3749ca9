using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedModels.Generator.Tests.Support;
using SeedModels.Testing;
using Xunit;

namespace SeedModels.Generator.Tests
{
    /// <summary>
    /// README "The generator and the analyzer": the pipeline caches. An unrelated C# edit runs no extraction; editing one article re-extracts that
    /// article alone; renaming the namespace re-emits but does not re-extract; no step holds compiler objects.
    /// </summary>
    public sealed class IncrementalTests
    {
        private static readonly IncrementalStepRunReason[] Reused = { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged };

        [Fact]
        public void An_unrelated_CSharp_edit_runs_no_extraction()
        {
            var run = GeneratorHarness.Run(Scenarios.Seeds(), sources: new[] { "namespace App { internal static class Program { } }" });
            var edited = run.Input.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App { internal sealed class Unrelated { } }", GeneratorHarness.ParseOptions));
            var reads = run.Texts.Select(t => t.Reads).ToList();

            var result = run.Driver.RunGenerators(edited).GetRunResult().Results.Single();

            var extraction = Outputs(result, TrackingNames.Extraction);
            Assert.Equal(3, extraction.Count);
            Assert.All(extraction, o => Assert.Contains(o.Reason, Reused));
            Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Contains(o.Reason, Reused));
            Assert.Equal(reads, run.Texts.Select(t => t.Reads).ToList()); // no article file was read again
            Assert.Equal(run.Sources, Sources(result));
        }

        [Fact]
        public void Editing_one_article_of_a_hundred_reextracts_that_article_alone()
        {
            var files = Scenarios.Many(100);
            var run = GeneratorHarness.Run(files);
            var old = run.Texts[42];
            var replacement = new InMemoryAdditionalText(old.Path, files[42].Text + "\nA closing paragraph added by the edit.\n");
            var reads = run.Texts.Select(t => t.Reads).ToList();

            var result = run.Driver.ReplaceAdditionalText(old, replacement).RunGenerators(run.Input).GetRunResult().Results.Single();

            var extraction = Outputs(result, TrackingNames.Extraction);
            Assert.Equal(100, extraction.Count);
            var changed = extraction.Where(o => !Reused.Contains(o.Reason)).ToList();
            var reextracted = Assert.Single(changed);
            Assert.Contains(reextracted.Reason, new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.New });
            Assert.Equal(99, extraction.Count(o => Reused.Contains(o.Reason)));

            // Only the edited file was read; the other 99 were not even opened again.
            Assert.Equal(reads, run.Texts.Select(t => t.Reads).ToList());
            Assert.Equal(1, replacement.Reads);

            // And the edit shows in the output.
            Assert.Contains(Sources(result), s => s.Text.Contains("A closing paragraph added by the edit.", System.StringComparison.Ordinal));
        }

        [Fact]
        public void Editing_one_articles_body_reemits_that_articles_file_alone()
        {
            var (_, result) = RunWithOneArticleEdited(100, 42);

            // One planned file changed; the 99 others (and the catalog, whose names and headlines did not move) are reused.
            var planned = Outputs(result, TrackingNames.PlannedFile);
            Assert.Equal(100, planned.Count);
            Assert.Single(planned, o => !Reused.Contains(o.Reason));
            Assert.All(Outputs(result, TrackingNames.Catalog), o => Assert.Contains(o.Reason, Reused));
        }

        [Fact]
        public void Editing_one_articles_body_leaves_the_layout_cached_and_emits_one_file_and_not_the_catalog()
        {
            var (files, result) = RunWithOneArticleEdited(100, 42);

            // The edited article's key (id, path, hint name) is the same, so the keys, the layout made from them and the
            // catalog's head are reused: no name, order or file is worked out again.
            var keys = Assert.Single(Outputs(result, TrackingNames.ArticleKeys));
            Assert.Contains(keys.Reason, Reused);
            Assert.All(Outputs(result, TrackingNames.Layout), o => Assert.Contains(o.Reason, Reused));

            // Of the 101 sources only the edited article's file is emitted again: a count of the source outputs that ran.
            var emitted = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Where(o => !Reused.Contains(o.Reason)).ToList();
            var file = Assert.IsAssignableFrom<SeedModels.Generator.Model.PlannedFile>(Assert.Single(Outputs(result, TrackingNames.PlannedFile), o => !Reused.Contains(o.Reason)).Value);
            Assert.Equal(files[42].RelativePath, Assert.Single(file.Articles).SourceFile);
            Assert.Single(emitted);
            Assert.Equal(101, result.GeneratedSources.Length);
        }

        [Fact]
        public void Editing_a_headline_renames_its_type_and_reemits_its_file_and_the_one_before_it()
        {
            // A new headline is a new type name: the layout is made again, the edited file and the file of the article whose
            // chain entry names it change, and the catalog, which names only the first article, stays.
            var files = Scenarios.Many(100);
            var run = GeneratorHarness.Run(files);
            var edited = files[42].Text.Replace(files[42].Text.Split('\n')[0], "A wholly different headline for this story", System.StringComparison.Ordinal);
            var replacement = new InMemoryAdditionalText(run.Texts[42].Path, edited);

            var result = run.Driver.ReplaceAdditionalText(run.Texts[42], replacement).RunGenerators(run.Input).GetRunResult().Results.Single();

            Assert.DoesNotContain(Assert.Single(Outputs(result, TrackingNames.ArticleKeys)).Reason, Reused);
            Assert.DoesNotContain(Assert.Single(Outputs(result, TrackingNames.Layout)).Reason, Reused);
            var changed = Outputs(result, TrackingNames.PlannedFile).Where(o => !Reused.Contains(o.Reason))
                .Select(o => ((SeedModels.Generator.Model.PlannedFile)o.Value).Articles[0].SourceFile)
                .OrderBy(p => p, System.StringComparer.Ordinal);
            Assert.Equal(new[] { files[41].RelativePath, files[42].RelativePath }, changed);
            Assert.All(Outputs(result, TrackingNames.Catalog), o => Assert.Contains(o.Reason, Reused));
            Assert.Contains(Sources(result), s => s.Text.Contains("public sealed record AWhollyDifferentHeadlineForThisStory ", System.StringComparison.Ordinal));
        }

        [Fact]
        public void Changing_the_type_name_source_renames_the_types()
        {
            var files = Scenarios.Many(3);
            var run = GeneratorHarness.Run(files);
            var options = GeneratorHarness.OptionsFor(files, GeneratorHarness.GlobalOptions(typeNames: "FileName"));

            var result = run.Driver.WithUpdatedAnalyzerConfigOptions(options).RunGenerators(run.Input).GetRunResult().Results.Single();

            // The type-name source decides each article's id, which the extraction step makes: every article is named again.
            Assert.All(Outputs(result, TrackingNames.Extraction), o => Assert.DoesNotContain(o.Reason, Reused));
            Assert.Equal(new[] { "Article0000", "Article0001", "Article0002" }, CatalogSyntax.ArticleProperties(result.GeneratedSources.Select(s => s.SyntaxTree)));
        }

        [Fact]
        public void In_a_large_project_editing_one_article_reemits_one_grouped_file()
        {
            var (files, result) = RunWithOneArticleEdited(1000, 420);

            // Only the edited article is extracted and measured again for the plan (its size and hint name are cached with it).
            var extracted = Assert.Single(Outputs(result, TrackingNames.Extraction), o => !Reused.Contains(o.Reason));
            Assert.Equal(files[420].RelativePath, Assert.IsType<SeedModels.Generator.Model.ArticleEntry>(extracted.Value).Article.SourceFile);

            // 1,000 articles share far fewer files (see FileGroupingTests), and only the edited article's file is emitted again.
            var planned = Outputs(result, TrackingNames.PlannedFile);
            Assert.InRange(planned.Count, 100, 500);
            var changed = Assert.Single(planned, o => !Reused.Contains(o.Reason));
            var file = Assert.IsAssignableFrom<SeedModels.Generator.Model.PlannedFile>(changed.Value);
            Assert.Contains(file.Articles, a => a.SourceFile == files[420].RelativePath);
            Assert.All(Outputs(result, TrackingNames.Catalog), o => Assert.Contains(o.Reason, Reused));
            Assert.Equal(planned.Count + 1, result.GeneratedSources.Length);
        }

        [Fact]
        public void Changing_the_namespace_reemits_without_reextracting()
        {
            var files = Scenarios.Seeds();
            var run = GeneratorHarness.Run(files);
            var reads = run.Texts.Select(t => t.Reads).ToList();
            var options = GeneratorHarness.OptionsFor(files, GeneratorHarness.GlobalOptions(ns: "Newsroom.Archive"));

            var result = run.Driver.WithUpdatedAnalyzerConfigOptions(options).RunGenerators(run.Input).GetRunResult().Results.Single();

            var extraction = Outputs(result, TrackingNames.Extraction);
            Assert.Equal(3, extraction.Count);
            Assert.All(extraction, o => Assert.Contains(o.Reason, Reused));
            Assert.Equal(reads, run.Texts.Select(t => t.Reads).ToList());

            var sources = Sources(result);
            Assert.Equal(4, sources.Count);
            Assert.All(sources, s =>
            {
                Assert.Contains("namespace Newsroom.Archive\n", s.Text, System.StringComparison.Ordinal);
                Assert.DoesNotContain("Demo.Seeds", s.Text, System.StringComparison.Ordinal);
            });
        }

        [Fact]
        public void No_pipeline_step_holds_compiler_objects()
        {
            var files = Scenarios.Seeds();
            var run = GeneratorHarness.Run(files);
            var replacement = new InMemoryAdditionalText(run.Texts[0].Path, files[0].Text + "\nOne more paragraph.\n");
            var second = run.Driver
                .ReplaceAdditionalText(run.Texts[0], replacement)
                .WithUpdatedAnalyzerConfigOptions(GeneratorHarness.OptionsFor(files, GeneratorHarness.GlobalOptions(ns: "Other.Seeds")))
                .RunGenerators(run.Input.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }", GeneratorHarness.ParseOptions)))
                .GetRunResult().Results.Single();

            var names = typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral)
                .Select(f => (string)f.GetRawConstantValue()!)
                .ToList();
            Assert.Contains(TrackingNames.Extraction, names);

            var walked = 0;
            foreach (var result in new[] { run.Single, second })
            {
                foreach (var name in names)
                {
                    Assert.True(result.TrackedSteps.ContainsKey(name), "no tracked step named " + name);
                }

                var steps = result.TrackedSteps.Where(s => names.Contains(s.Key)).Concat(result.TrackedOutputSteps);
                foreach (var (name, runs) in steps)
                {
                    foreach (var step in runs)
                    {
                        for (var i = 0; i < step.Outputs.Length; i++)
                        {
                            Assert.Null(ObjectGraph.FindForbidden(step.Outputs[i].Value, name + ".Outputs[" + i + "]"));
                            walked++;
                        }

                        for (var i = 0; i < step.Inputs.Length; i++)
                        {
                            var (source, index) = step.Inputs[i];
                            Assert.Null(ObjectGraph.FindForbidden(source.Outputs[index].Value, name + ".Inputs[" + i + "] (" + (source.Name ?? "unnamed") + ")"));
                            walked++;
                        }
                    }
                }
            }

            Assert.True(walked > 20, "walked only " + walked + " values");
        }

        [Fact]
        public void The_walker_finds_compiler_objects_inside_tuples_records_and_arrays()
        {
            // The test above is only as good as its walker.
            var compilation = GeneratorHarness.CreateCompilation(new[] { "class C { }" });
            var tree = compilation.SyntaxTrees.Single();

            Assert.NotNull(ObjectGraph.FindForbidden((1, ("a", compilation)), "tuple"));
            Assert.NotNull(ObjectGraph.FindForbidden(new Holder("x", System.Collections.Immutable.ImmutableArray.Create<object>(tree.GetRoot())), "record"));
            Assert.NotNull(ObjectGraph.FindForbidden(new List<object> { Location.None }, "list"));
            Assert.NotNull(ObjectGraph.FindForbidden(compilation.GetTypeByMetadataName("C"), "symbol"));
            Assert.Null(ObjectGraph.FindForbidden((1, ("a", new Holder("x", System.Collections.Immutable.ImmutableArray<object>.Empty))), "clean"));
        }

        /// <summary>A warm run over <paramref name="count"/> articles, then one with a paragraph added to article <paramref name="edited"/>.</summary>
        private static (IReadOnlyList<TestFile> Files, GeneratorRunResult Result) RunWithOneArticleEdited(int count, int edited)
        {
            var files = Scenarios.Many(count);
            var run = GeneratorHarness.Run(files);
            var replacement = new InMemoryAdditionalText(run.Texts[edited].Path, files[edited].Text + "\nA closing paragraph added by the edit.\n");
            return (files, run.Driver.ReplaceAdditionalText(run.Texts[edited], replacement).RunGenerators(run.Input).GetRunResult().Results.Single());
        }

        private static IReadOnlyList<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result, string step)
        {
            Assert.True(result.TrackedSteps.ContainsKey(step), "no tracked step named " + step);
            return result.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();
        }

        private static IReadOnlyList<(string HintName, string Text)> Sources(GeneratorRunResult result) =>
            result.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToList();

        private sealed record Holder(string Name, System.Collections.Immutable.ImmutableArray<object> Items);
    }
}
