//! The cohort report: per scenario and per trainee, the outcomes and the average of each score
//! part, and which of the five steps trainees miss most. As text, CSV, or a self-contained HTML
//! page with charts. Bad files are listed, never touched.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use super::RunRecord;
use crate::sim::Part;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Group {
    pub runs: usize,
    pub wins: usize,
    pub total: f32,
    pub max: f32,
    /// Sum of points per part id.
    pub parts: BTreeMap<String, (f32, f32)>,
}

impl Group {
    fn add(&mut self, r: &RunRecord) {
        self.runs += 1;
        self.wins += usize::from(r.won());
        self.total += r.total;
        self.max += r.max;
        for p in &r.parts {
            let e = self.parts.entry(p.part.clone()).or_default();
            e.0 += p.points;
            e.1 += p.max;
        }
    }
    pub fn win_rate(&self) -> f32 {
        if self.runs == 0 {
            0.0
        } else {
            self.wins as f32 / self.runs as f32
        }
    }
    pub fn average(&self) -> f32 {
        if self.runs == 0 {
            0.0
        } else {
            self.total / self.runs as f32
        }
    }
    pub fn average_part(&self, part: Part) -> f32 {
        self.parts
            .get(part.id())
            .map_or(0.0, |(p, _)| p / self.runs.max(1) as f32)
    }
    /// Share of the part's points earned, 0-1.
    pub fn share(&self, part: Part) -> f32 {
        self.parts
            .get(part.id())
            .map_or(0.0, |(p, m)| if *m > 0.0 { p / m } else { 1.0 })
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    /// Scenario id -> (title, group).
    pub scenarios: BTreeMap<String, (String, Group)>,
    /// (player, scenario id) -> group.
    pub trainees: BTreeMap<(String, String), Group>,
    pub all: Group,
    pub skipped: Vec<(PathBuf, String)>,
    pub records: Vec<(PathBuf, RunRecord)>,
}

pub const STEPS: [Part; 5] = [
    Part::PurchasingProcess,
    Part::Organization,
    Part::Stances,
    Part::Information,
    Part::KeyPlayers,
];

impl Report {
    pub fn new(records: Vec<(PathBuf, RunRecord)>, skipped: Vec<(PathBuf, String)>) -> Report {
        let mut r = Report {
            skipped,
            ..Default::default()
        };
        for (_, rec) in &records {
            r.scenarios
                .entry(rec.scenario_id.clone())
                .or_insert_with(|| (rec.scenario_title.clone(), Group::default()))
                .1
                .add(rec);
            r.trainees
                .entry((rec.player.clone(), rec.scenario_id.clone()))
                .or_default()
                .add(rec);
            r.all.add(rec);
        }
        r.records = records;
        r
    }

    /// The five steps, the least-earned first.
    pub fn steps_missed_most(&self) -> Vec<(Part, f32)> {
        let mut v: Vec<(Part, f32)> = STEPS.iter().map(|&p| (p, self.all.share(p))).collect();
        v.sort_by(|a, b| a.1.total_cmp(&b.1));
        v
    }

    pub fn text(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "{} record(s), {} skipped",
            self.records.len(),
            self.skipped.len()
        );
        for (f, why) in &self.skipped {
            let _ = writeln!(s, "  skipped {}: {why}", f.display());
        }
        let head = |s: &mut String, first: &str| {
            let _ = write!(s, "\n{first:32} {:>5} {:>6} {:>7}", "runs", "won", "score");
            for p in Part::ALL {
                let _ = write!(s, " {:>8}", short(p));
            }
            let _ = writeln!(s);
        };
        let row = |s: &mut String, name: &str, g: &Group| {
            let _ = write!(
                s,
                "{:32} {:>5} {:>5.0}% {:>7.1}",
                truncate(name, 32),
                g.runs,
                g.win_rate() * 100.0,
                g.average()
            );
            for p in Part::ALL {
                let _ = write!(s, " {:>8.1}", g.average_part(p));
            }
            let _ = writeln!(s);
        };
        head(&mut s, "Scenario");
        for (id, (title, g)) in &self.scenarios {
            row(&mut s, &format!("{title} ({id})"), g);
        }
        head(&mut s, "Trainee / scenario");
        for ((player, id), g) in &self.trainees {
            row(&mut s, &format!("{player} / {id}"), g);
        }
        let _ = writeln!(
            s,
            "\nThe five steps, least mastered first (share of their points earned):"
        );
        for (p, share) in self.steps_missed_most() {
            let _ = writeln!(s, "  {:28} {:>5.0}%", p.label(), share * 100.0);
        }
        s
    }

    pub fn csv(&self) -> Result<String, String> {
        let mut w = csv::Writer::from_writer(Vec::new());
        let mut header: Vec<String> = [
            "file", "player", "scenario", "seed", "outcome", "total", "max",
        ]
        .map(String::from)
        .to_vec();
        header.extend(Part::ALL.iter().map(|p| format!("points_{}", p.id())));
        header.extend(["actions", "started_at", "finished_at"].map(String::from));
        w.write_record(&header).map_err(|e| e.to_string())?;
        for (f, r) in &self.records {
            let mut row = vec![
                f.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                r.player.clone(),
                r.scenario_id.clone(),
                r.seed.to_string(),
                r.outcome.clone(),
                format!("{:.2}", r.total),
                format!("{:.0}", r.max),
            ];
            row.extend(Part::ALL.iter().map(|p| {
                r.part(*p)
                    .map_or(String::new(), |x| format!("{:.2}", x.points))
            }));
            row.extend([
                r.actions.len().to_string(),
                r.started_at.clone(),
                r.finished_at.clone(),
            ]);
            w.write_record(&row).map_err(|e| e.to_string())?;
        }
        let bytes = w.into_inner().map_err(|e| e.to_string())?;
        String::from_utf8(bytes).map_err(|e| e.to_string())
    }

    /// A self-contained page: inline CSS and SVG bar charts, no scripts, nothing fetched.
    pub fn html(&self) -> String {
        let mut s = String::from(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Key Account: cohort report</title><style>\
             body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}\
             th,td{border:1px solid #ccc;padding:4px 8px;text-align:right}th:first-child,td:first-child{text-align:left}\
             .bad{color:#a33}</style></head><body><h1>Key Account: cohort report</h1>",
        );
        let _ = write!(
            s,
            "<p>{} record(s), {} skipped.</p>",
            self.records.len(),
            self.skipped.len()
        );
        if !self.skipped.is_empty() {
            s.push_str("<ul class=\"bad\">");
            for (f, why) in &self.skipped {
                let _ = write!(
                    s,
                    "<li>skipped {}: {}</li>",
                    esc(&f.display().to_string()),
                    esc(why)
                );
            }
            s.push_str("</ul>");
        }
        s.push_str("<h2>The five steps, least mastered first</h2>");
        let bars: Vec<(String, f32)> = self
            .steps_missed_most()
            .into_iter()
            .map(|(p, v)| (p.label().to_string(), v))
            .collect();
        s.push_str(&svg_bars(&bars));
        s.push_str("<h2>Win rate by scenario</h2>");
        let bars: Vec<(String, f32)> = self
            .scenarios
            .values()
            .map(|(t, g)| (t.clone(), g.win_rate()))
            .collect();
        s.push_str(&svg_bars(&bars));
        let table = |s: &mut String, title: &str, rows: Vec<(String, &Group)>| {
            let _ = write!(
                s,
                "<h2>{}</h2><table><tr><th></th><th>runs</th><th>won</th><th>average score</th>",
                esc(title)
            );
            for p in Part::ALL {
                let _ = write!(s, "<th>{}</th>", esc(p.label()));
            }
            s.push_str("</tr>");
            for (name, g) in rows {
                let _ = write!(
                    s,
                    "<tr><td>{}</td><td>{}</td><td>{:.0}%</td><td>{:.1}</td>",
                    esc(&name),
                    g.runs,
                    g.win_rate() * 100.0,
                    g.average()
                );
                for p in Part::ALL {
                    let _ = write!(s, "<td>{:.1}</td>", g.average_part(p));
                }
                s.push_str("</tr>");
            }
            s.push_str("</table>");
        };
        table(
            &mut s,
            "By scenario",
            self.scenarios
                .iter()
                .map(|(id, (t, g))| (format!("{t} ({id})"), g))
                .collect(),
        );
        table(
            &mut s,
            "By trainee",
            self.trainees
                .iter()
                .map(|((p, id), g)| (format!("{p} / {id}"), g))
                .collect(),
        );
        s.push_str("</body></html>\n");
        s
    }
}

fn short(p: Part) -> &'static str {
    match p {
        Part::Outcome => "outcome",
        Part::PurchasingProcess => "1.proc",
        Part::Organization => "2.org",
        Part::Stances => "3.stance",
        Part::Information => "4.info",
        Part::KeyPlayers => "5.key",
        Part::Ethics => "ethics",
    }
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        s.chars().take(n - 1).chain(['…']).collect()
    }
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Horizontal bars, one per (label, share 0-1).
fn svg_bars(bars: &[(String, f32)]) -> String {
    let h = 26 * bars.len() + 10;
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"{h}\" role=\"img\">"
    );
    for (i, (label, v)) in bars.iter().enumerate() {
        let y = 5 + i * 26;
        let w = (v.clamp(0.0, 1.0) * 360.0).round();
        let _ = write!(
            s,
            "<text x=\"0\" y=\"{}\" font-size=\"13\">{}</text><rect x=\"230\" y=\"{y}\" width=\"360\" height=\"18\" fill=\"#eee\"/>\
             <rect x=\"230\" y=\"{y}\" width=\"{w}\" height=\"18\" fill=\"#4a7bb7\"/><text x=\"596\" y=\"{}\" font-size=\"13\">{:.0}%</text>",
            y + 14,
            esc(&truncate(label, 32)),
            y + 14,
            v * 100.0
        );
    }
    s.push_str("</svg>");
    s
}
