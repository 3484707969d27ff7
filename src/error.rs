//! The engine's errors. Each one names the file or setting at fault and what is
//! wrong with it, so the command line can print it as one line and exit 2.

use std::path::PathBuf;

/// Anything that can go wrong while loading the config or the corpus, or
/// building the index. Answering a question never fails: odd input gets an
/// answer (possibly "not covered"), never an error.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: not valid UTF-8 (first bad byte at offset {offset}); save the article as UTF-8", path.display())]
    Utf8 { path: PathBuf, offset: usize },
    #[error("{}: corpus not found (give a file or directory with --corpus, or set `corpus` in the config)", path.display())]
    CorpusMissing { path: PathBuf },
    #[error("{}: no .txt or .md article in the corpus", path.display())]
    CorpusEmpty { path: PathBuf },
    #[error("{}: the article has no paragraphs or table rows (only headings or page furniture)", path.display())]
    ArticleEmpty { path: PathBuf },
    #[error("{}: front matter opened with `---` is never closed", path.display())]
    FrontMatter { path: PathBuf },
    #[error("{}: invalid config: {message}", path.display())]
    Config { path: PathBuf, message: String },
    #[error("{}: invalid question file: {message}", path.display())]
    Eval { path: PathBuf, message: String },
    #[error("{}: invalid question-set manifest: {message}", path.display())]
    Suite { path: PathBuf, message: String },
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}
