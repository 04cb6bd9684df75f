// Package sarif writes statuslint's findings as a SARIF 2.1.0 log, the
// format code-scanning dashboards (GitHub code scanning among them) read.
//
// The writer knows nothing of go/analysis: a driver turns its diagnostics
// into Results (RegionOf computes a Region from a file's bytes) and calls
// Write once with the tool, the rules (Rules gives statuslint's) and the
// results.
//
// Locations are relative to the %SRCROOT% base where the driver gives a
// root (Tool.SrcRoot) and the file lies under it, and absolute file URIs
// otherwise. Columns are counted in Unicode code points, the log's
// columnKind; a fix's deleted regions also carry byte offsets, which a
// consumer applying the fix should prefer.
package sarif

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

// SchemaURI is the $schema of the logs Write produces.
const SchemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

// SrcRoot is the uriBaseId of locations under Tool.SrcRoot.
const SrcRoot = "%SRCROOT%"

// Tool describes the program that produced the results.
type Tool struct {
	Name, Version, InformationURI string

	// SrcRoot is the absolute directory relative locations are resolved
	// against (the module root, usually). Empty means every location is
	// an absolute file URI.
	SrcRoot string
}

// Rule describes one kind of finding.
type Rule struct {
	ID               string // the diagnostic category, e.g. "raw-status"
	Name             string // the pass that reports it, e.g. "httpstatus"
	ShortDescription string
	FullDescription  string
	HelpURI          string
}

// Region is a span of a file. Lines and columns are 1-based; columns are
// counted in Unicode code points and EndColumn is the column just past
// the span. ByteOffset and ByteLength are 0-based byte positions; they are
// written when ByteOffset or ByteLength is not zero, or when the region
// has no line (a zero-length region at a file's start is written by its
// line and column alone).
type Region struct {
	StartLine, StartColumn, EndLine, EndColumn int
	ByteOffset, ByteLength                     int
}

// Replacement deletes Region and inserts InsertedText in its place.
type Replacement struct {
	Region       Region
	InsertedText string
}

// FileChange is a fix's replacements in one file, which URI names as a
// Result's URI does.
type FileChange struct {
	URI          string
	Replacements []Replacement
}

// Fix is a suggested fix.
type Fix struct {
	Description string
	Changes     []FileChange
}

// Result is one finding. URI is the file's path: absolute, or relative to
// Tool.SrcRoot, with the operating system's separators.
type Result struct {
	RuleID, Message, URI string
	Region               Region
	Fixes                []Fix
}

// Write writes a SARIF 2.1.0 log of one run to w. Every result's RuleID
// must name one of rules.
func Write(w io.Writer, tool Tool, rules []Rule, results []Result) error {
	if tool.Name == "" {
		return fmt.Errorf("sarif: tool has no name")
	}
	if tool.SrcRoot != "" && !filepath.IsAbs(tool.SrcRoot) {
		return fmt.Errorf("sarif: source root %q is not absolute", tool.SrcRoot)
	}
	index := make(map[string]int, len(rules))
	driver := toolComponent{
		Name:           tool.Name,
		Version:        tool.Version,
		InformationURI: tool.InformationURI,
		Rules:          make([]reportingDescriptor, 0, len(rules)),
	}
	for i, r := range rules {
		if _, dup := index[r.ID]; dup {
			return fmt.Errorf("sarif: rule %q given twice", r.ID)
		}
		index[r.ID] = i
		driver.Rules = append(driver.Rules, reportingDescriptor{
			ID:               r.ID,
			Name:             r.Name,
			ShortDescription: &text{r.ShortDescription},
			FullDescription:  &text{r.FullDescription},
			Help:             &text{helpText(r)},
			HelpURI:          r.HelpURI,
			Properties:       &ruleProperties{Tags: []string{r.Name}},
		})
	}

	r0 := run{
		Tool:       tool2{Driver: driver},
		ColumnKind: "unicodeCodePoints",
		Results:    make([]result, 0, len(results)),
	}
	if tool.SrcRoot != "" {
		r0.OriginalURIBaseIDs = map[string]artifactLocation{
			SrcRoot: {URI: fileURI(tool.SrcRoot) + "/"},
		}
	}
	seen := map[string]int{} // fingerprint input → occurrences so far
	for _, r := range results {
		i, ok := index[r.RuleID]
		if !ok {
			return fmt.Errorf("sarif: result %q has rule %q, which is not among the rules", r.Message, r.RuleID)
		}
		loc := location(tool.SrcRoot, r.URI)
		res := result{
			RuleID:    r.RuleID,
			RuleIndex: i,
			Level:     "warning",
			Message:   text{r.Message},
			Locations: []resultLocation{{PhysicalLocation: physicalLocation{
				ArtifactLocation: loc,
				Region:           region(r.Region),
			}}},
		}
		// A fingerprint that survives edits elsewhere in the file: the
		// rule, the file, the message and which occurrence of the three
		// this is, but not the line.
		key := r.RuleID + "\x00" + loc.URI + "\x00" + r.Message
		seen[key]++
		sum := sha256.Sum256([]byte(fmt.Sprintf("%s\x00%d", key, seen[key])))
		res.PartialFingerprints = map[string]string{"statuslint/v1": hex.EncodeToString(sum[:16])}
		for _, f := range r.Fixes {
			fx := fix{Description: &text{f.Description}}
			for _, c := range f.Changes {
				ch := artifactChange{ArtifactLocation: location(tool.SrcRoot, c.URI)}
				for _, rp := range c.Replacements {
					ch.Replacements = append(ch.Replacements, replacement{
						DeletedRegion:   region(rp.Region),
						InsertedContent: &text{rp.InsertedText},
					})
				}
				fx.ArtifactChanges = append(fx.ArtifactChanges, ch)
			}
			res.Fixes = append(res.Fixes, fx)
		}
		r0.Results = append(r0.Results, res)
	}

	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(log{Schema: SchemaURI, Version: "2.1.0", Runs: []run{r0}})
}

func helpText(r Rule) string {
	if r.HelpURI == "" {
		return r.FullDescription
	}
	return r.FullDescription + "\n\nSee " + r.HelpURI
}

// location returns the artifact location of path: relative to root under
// %SRCROOT% when path is relative or lies under root, an absolute file
// URI otherwise.
func location(root, path string) artifactLocation {
	if root != "" {
		rel := path
		if filepath.IsAbs(path) {
			r, err := filepath.Rel(root, path)
			if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
				return artifactLocation{URI: fileURI(path)}
			}
			rel = r
		}
		return artifactLocation{URI: relURI(rel), URIBaseID: SrcRoot}
	}
	if filepath.IsAbs(path) {
		return artifactLocation{URI: fileURI(path)}
	}
	return artifactLocation{URI: relURI(path)}
}

// relURI returns a relative path as a relative URI reference.
func relURI(rel string) string {
	parts := strings.Split(filepath.ToSlash(rel), "/")
	for i, p := range parts {
		parts[i] = url.PathEscape(p)
	}
	return strings.Join(parts, "/")
}

// fileURI returns an absolute path as a file URI.
func fileURI(abs string) string {
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive: file:///C:/…
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

func region(r Region) *sarifRegion {
	out := &sarifRegion{
		StartLine: r.StartLine, StartColumn: r.StartColumn,
		EndLine: r.EndLine, EndColumn: r.EndColumn,
	}
	if r.ByteOffset != 0 || r.ByteLength != 0 || r.StartLine == 0 {
		off, n := r.ByteOffset, r.ByteLength
		out.ByteOffset, out.ByteLength = &off, &n
	}
	return out
}

// RegionOf returns the region of the bytes [start, end) of src, with its
// lines, its code-point columns and its byte offsets. Offsets outside src
// are clamped to it.
func RegionOf(src []byte, start, end int) Region {
	start = min(max(start, 0), len(src))
	end = min(max(end, start), len(src))
	sl, sc := lineCol(src, start)
	el, ec := lineCol(src, end)
	return Region{
		StartLine: sl, StartColumn: sc, EndLine: el, EndColumn: ec,
		ByteOffset: start, ByteLength: end - start,
	}
}

// lineCol returns the 1-based line and code-point column of offset in src.
func lineCol(src []byte, offset int) (line, col int) {
	line = 1 + strings.Count(string(src[:offset]), "\n")
	lineStart := strings.LastIndexByte(string(src[:offset]), '\n') + 1
	return line, 1 + utf8.RuneCount(src[lineStart:offset])
}

// SortResults sorts results by file, position and rule, the order a log
// should list them in to be compared between runs.
func SortResults(results []Result) {
	sort.SliceStable(results, func(i, j int) bool {
		a, b := results[i], results[j]
		if a.URI != b.URI {
			return a.URI < b.URI
		}
		if a.Region.StartLine != b.Region.StartLine {
			return a.Region.StartLine < b.Region.StartLine
		}
		if a.Region.StartColumn != b.Region.StartColumn {
			return a.Region.StartColumn < b.Region.StartColumn
		}
		return a.RuleID < b.RuleID
	})
}

// The log's JSON shape: only the properties statuslint writes.

type log struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []run  `json:"runs"`
}

type run struct {
	Tool               tool2                       `json:"tool"`
	OriginalURIBaseIDs map[string]artifactLocation `json:"originalUriBaseIds,omitempty"`
	ColumnKind         string                      `json:"columnKind"`
	Results            []result                    `json:"results"`
}

type tool2 struct {
	Driver toolComponent `json:"driver"`
}

type toolComponent struct {
	Name           string                `json:"name"`
	Version        string                `json:"version,omitempty"`
	InformationURI string                `json:"informationUri,omitempty"`
	Rules          []reportingDescriptor `json:"rules"`
}

type reportingDescriptor struct {
	ID               string          `json:"id"`
	Name             string          `json:"name,omitempty"`
	ShortDescription *text           `json:"shortDescription,omitempty"`
	FullDescription  *text           `json:"fullDescription,omitempty"`
	Help             *text           `json:"help,omitempty"`
	HelpURI          string          `json:"helpUri,omitempty"`
	Properties       *ruleProperties `json:"properties,omitempty"`
}

type ruleProperties struct {
	Tags []string `json:"tags,omitempty"`
}

type text struct {
	Text string `json:"text"`
}

type result struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             text              `json:"message"`
	Locations           []resultLocation  `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints,omitempty"`
	Fixes               []fix             `json:"fixes,omitempty"`
}

type resultLocation struct {
	PhysicalLocation physicalLocation `json:"physicalLocation"`
}

type physicalLocation struct {
	ArtifactLocation artifactLocation `json:"artifactLocation"`
	Region           *sarifRegion     `json:"region,omitempty"`
}

type artifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int  `json:"startLine,omitempty"`
	StartColumn int  `json:"startColumn,omitempty"`
	EndLine     int  `json:"endLine,omitempty"`
	EndColumn   int  `json:"endColumn,omitempty"`
	ByteOffset  *int `json:"byteOffset,omitempty"`
	ByteLength  *int `json:"byteLength,omitempty"`
}

type fix struct {
	Description     *text            `json:"description,omitempty"`
	ArtifactChanges []artifactChange `json:"artifactChanges"`
}

type artifactChange struct {
	ArtifactLocation artifactLocation `json:"artifactLocation"`
	Replacements     []replacement    `json:"replacements"`
}

type replacement struct {
	DeletedRegion   *sarifRegion `json:"deletedRegion"`
	InsertedContent *text        `json:"insertedContent,omitempty"`
}
