//! Scenarios as Bevy assets. The loader runs the core's loader and validation and never fails:
//! a broken file becomes an asset that carries its diagnostics. That keeps the file watcher
//! reloading after a bad edit (a failed load would leave the handle failed), and lets the game keep
//! the last good version while it shows the error.

use std::path::PathBuf;

use bevy::asset::io::Reader;
use bevy::asset::{AssetLoadFailedEvent, AssetLoader, AssetPath, LoadContext};
use bevy::prelude::*;

use crate::i18n::Lang;
use crate::scenario::{self, Scenario};

#[derive(Asset, TypePath, Debug)]
pub struct ScenarioAsset {
    /// The scenario (with its strings tables), if the file has no errors.
    pub scenario: Option<Scenario>,
    /// Every diagnostic, rendered with source lines and carets (no colour), in each language
    /// the game speaks (the loader does not know which one is on screen).
    pub diagnostics: Vec<(Lang, String)>,
    pub errors: usize,
}

#[derive(Default, TypePath)]
pub struct ScenarioLoader;

impl AssetLoader for ScenarioLoader {
    type Asset = ScenarioAsset;
    type Settings = ();
    type Error = std::io::Error;

    async fn load(
        &self,
        reader: &mut dyn Reader,
        _settings: &(),
        load_context: &mut LoadContext<'_>,
    ) -> Result<ScenarioAsset, std::io::Error> {
        let mut bytes = Vec::new();
        reader.read_to_end(&mut bytes).await?;
        let name = load_context.path().to_string();
        // The strings tables beside the file (`keyboard.zh-CN.csv`), read through the asset
        // server so that editing one reloads the scenario too.
        let mut tables = Vec::new();
        let here = load_context.path().clone_owned();
        let stem = here
            .path()
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        for lang in Lang::ALL {
            let file = here
                .path()
                .with_file_name(format!("{stem}.{}.csv", lang.tag()));
            let table = AssetPath::from_path_buf(file).with_source(here.source().clone_owned());
            if let Ok(text) = load_context.read_asset_bytes(table.clone()).await {
                let text: Vec<u8> = text;
                tables.push((
                    lang,
                    table.to_string(),
                    String::from_utf8_lossy(&text).into_owned(),
                ));
            }
        }
        let mut diagnostics = Vec::new();
        let mut kept = None;
        for lang in Lang::ALL {
            let report =
                scenario::with_strings(scenario::load_bytes_in(&name, &bytes, lang), &tables, lang);
            diagnostics.push((lang, report.render(false)));
            if kept.is_none() {
                kept = Some((report.errors(), report.scenario));
            }
        }
        let (errors, scenario) = kept.unwrap_or((0, None));
        Ok(ScenarioAsset {
            diagnostics,
            errors,
            scenario,
        })
    }

    fn extensions(&self) -> &[&str] {
        &["ron"]
    }
}

/// One scenario file as the picker shows it.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Asset path, e.g. `keyboard.ron` or `extra://my-deal.ron`.
    pub path: String,
    pub handle: Handle<ScenarioAsset>,
    /// The last version that loaded without errors.
    pub good: Option<Scenario>,
    /// The current file's problems in each language, if its latest version has errors (or
    /// warnings).
    pub diagnostics: Option<Vec<(Lang, String)>>,
    /// Why the file could not be read at all, if it could not (worded by the picker).
    pub unreadable: Option<String>,
    pub broken: bool,
    /// Bumped each time a new good version arrives.
    pub version: u32,
    /// The file on disk, and whether it was gone when last looked for.
    pub file: PathBuf,
    pub missing: bool,
}

/// Every scenario file the game knows, in picker order.
#[derive(Resource, Debug, Default)]
pub struct Catalog {
    pub entries: Vec<Entry>,
    /// Folders scanned, for the picker's heading.
    pub folders: Vec<PathBuf>,
}

impl Entry {
    /// The current file's problems, in `lang`.
    pub fn diagnostics_in(&self, lang: Lang) -> Option<&str> {
        let all = self.diagnostics.as_ref()?;
        all.iter()
            .find(|d| d.0 == lang)
            .or(all.first())
            .map(|d| d.1.as_str())
    }

    /// The last good version, speaking `lang` (every new deal is made from it).
    pub fn scenario(&self, lang: crate::i18n::Lang) -> Option<Scenario> {
        self.good.as_ref().map(|sc| sc.in_language(lang))
    }
}

impl Catalog {
    pub fn get(&self, path: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.path == path)
    }
}

/// Where to find scenarios: the default folder, plus an optional extra one (`--scenarios DIR`).
#[derive(Resource, Debug, Clone)]
pub struct ScenarioFolders {
    pub main: PathBuf,
    pub extra: Option<PathBuf>,
}

pub const EXTRA_SOURCE: &str = "extra";

pub fn plugin(app: &mut App) {
    app.init_asset::<ScenarioAsset>()
        .init_asset_loader::<ScenarioLoader>()
        .init_resource::<Catalog>()
        .add_systems(Startup, scan)
        .add_systems(Update, (track, track_failures));
}

/// Lists the `.ron` files in the folders and starts loading them.
fn scan(folders: Res<ScenarioFolders>, server: Res<AssetServer>, mut catalog: ResMut<Catalog>) {
    let mut add = |dir: &PathBuf, prefix: &str| {
        let files = scenario::scenario_files(dir).unwrap_or_default();
        for file in files {
            let Some(name) = file.file_name().map(|n| n.to_string_lossy().into_owned()) else {
                continue;
            };
            let path = format!("{prefix}{name}");
            let handle = server.load::<ScenarioAsset>(path.clone());
            catalog.entries.push(Entry {
                path,
                handle,
                good: None,
                diagnostics: None,
                unreadable: None,
                broken: false,
                version: 0,
                file,
                missing: false,
            });
        }
        catalog.folders.push(dir.clone());
    };
    add(&folders.main, "");
    if let Some(extra) = &folders.extra {
        add(extra, &format!("{EXTRA_SOURCE}://"));
    }
}

/// Keeps the catalog in step with the assets: new versions replace the last good one; a broken
/// version only adds its diagnostics.
fn track(
    mut events: MessageReader<AssetEvent<ScenarioAsset>>,
    assets: Res<Assets<ScenarioAsset>>,
    mut catalog: ResMut<Catalog>,
) {
    for event in events.read() {
        let (AssetEvent::LoadedWithDependencies { id } | AssetEvent::Modified { id }) = event
        else {
            continue;
        };
        let Some(asset) = assets.get(*id) else {
            continue;
        };
        let Some(entry) = catalog.entries.iter_mut().find(|e| e.handle.id() == *id) else {
            continue;
        };
        entry.broken = asset.errors > 0;
        entry.unreadable = None;
        let any = asset.diagnostics.iter().any(|d| !d.1.is_empty());
        entry.diagnostics = any.then(|| asset.diagnostics.clone());
        if let Some(sc) = &asset.scenario {
            // A new version, or the same file with other translations.
            let changed = entry.good.as_ref().is_none_or(|old| {
                old.content_hash() != sc.content_hash() || old.translations() != sc.translations()
            });
            if changed {
                entry.good = Some(sc.clone());
                entry.version += 1;
            }
        }
    }
}

/// A file that could not be read at all (deleted, unreadable) keeps its last good version too.
fn track_failures(
    mut failures: MessageReader<AssetLoadFailedEvent<ScenarioAsset>>,
    mut catalog: ResMut<Catalog>,
) {
    for failure in failures.read() {
        if let Some(entry) = catalog
            .entries
            .iter_mut()
            .find(|e| e.handle.id() == failure.id)
        {
            entry.broken = true;
            entry.unreadable = Some(failure.error.to_string());
        }
    }
}

/// The file watcher does not report a deleted file as a failed load, so look for the files
/// whenever the deal list is opened. A missing file keeps its last good version playable.
pub fn look_for_files(mut catalog: ResMut<Catalog>) {
    let gone: Vec<bool> = catalog.entries.iter().map(|e| !e.file.exists()).collect();
    if catalog
        .entries
        .iter()
        .zip(&gone)
        .any(|(e, g)| e.missing != *g)
    {
        for (e, g) in catalog.entries.iter_mut().zip(gone) {
            e.missing = g;
        }
    }
}
