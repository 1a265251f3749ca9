using System;
using System.Collections.Generic;

namespace SeedModels.Extraction.Structure
{
    /// <summary>What a byline line says: who wrote the story, and what else the line carries (an agency, a date).</summary>
    internal sealed class BylineReading
    {
        public List<string> Authors { get; } = new List<string>();

        /// <summary>
        /// Whether a person is named. A byline naming only an organisation (<c>By Metro Staff</c>, <c>Associated Press</c>)
        /// gives way to one that names people.
        /// </summary>
        public bool NamesPerson { get; set; }

        /// <summary>An agency after a bar or dash (<c>By Jane Doe | Reuters</c>): the dateline's agency.</summary>
        public string? Agency { get; set; }

        /// <summary>The place a wire files from, after its name (<c>Reuters Westhaven</c>): the dateline's place.</summary>
        public string? Place { get; set; }

        /// <summary>A whole date on the line (<c>By Jane Doe 30 August 2023</c>).</summary>
        public DateTime? Date { get; set; }

        /// <summary>The line is only the label (<c>By</c>, <c>By:</c>): the names stand on the lines after it.</summary>
        public bool IsLabelOnly { get; set; }

        /// <summary>
        /// The names follow a byline's label (<c>By Jane Doe</c>, <c>Written by …</c>): the page says this line is the byline,
        /// where a name line with no label (<c>Jane Doe, Harbour Editor</c>) may as well caption a portrait.
        /// </summary>
        public bool Labelled { get; set; }
    }
}
