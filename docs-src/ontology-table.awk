# Turns two `readout query --format tsv` answers over ontology/readout.ttl into the Markdown table
# of docs/ontology.md: FILE 1 has ?term ?type rows, FILE 2 ?term ?label ?comment rows (columns 3+
# are the variables). Classes come first, then object and datatype properties, each by name.
BEGIN { FS = "\t" }
FNR == 1 { next }  # header
NR == FNR {
    t = $4; sub(/.*#/, "", t)
    if (t == "Class") kind[$3] = "class"
    else if (t == "ObjectProperty") kind[$3] = "object property" kind[$3]
    else if (t == "DatatypeProperty") kind[$3] = "datatype property" kind[$3]
    else if (t == "FunctionalProperty") functional[$3] = 1
    next
}
{
    term = $3; sub(/.*#/, "ro:", term)
    k = ($3 in kind) ? kind[$3] : "term"
    if ($3 in functional) k = k " (functional)"
    order = (k == "class") ? 0 : (k ~ /^object/) ? 1 : (k ~ /^datatype/) ? 2 : 3
    printf "%d\t%s\t| %s | %s | %s | %s |\n", order, tolower(term), term, k, $4, $5
}
