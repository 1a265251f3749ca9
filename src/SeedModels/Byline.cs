using System.Collections.Generic;

namespace SeedModels
{
    /// <summary>Who wrote an article.</summary>
    public sealed record Byline
    {
        private ValueList<string> _authors = ValueList<string>.Empty;

        /// <summary>The authors' names, in the order the article gives them.</summary>
        public IReadOnlyList<string> Authors { get => _authors; init => _authors = ValueList<string>.From(value); }
    }
}
