//! The answer path, measured: search, flags and rendering of a full answer
//! on the sample article. Run: `cargo bench --bench answer`.

use std::path::Path;

use criterion::{black_box, criterion_group, criterion_main, Criterion};

use citebot::{discord_format, render, Config, Engine};

fn engine() -> Engine {
    let config = Config {
        corpus: Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus"),
        ..Config::default()
    };
    Engine::load(config).expect("sample corpus loads")
}

fn answer_path(c: &mut Criterion) {
    let engine = engine();
    let questions = [
        "What policy changes has OpenAI asked for?",
        "How much is ByteDance spending on Microsoft AI services?",
        "what is meitaun's role",
        "What is the capital of France?",
    ];
    c.bench_function("answer+render (4 questions)", |b| {
        b.iter(|| {
            for q in &questions {
                let a = engine.ask(black_box(q));
                black_box(render::answer(&a));
                black_box(discord_format::answer_reply(&a));
            }
        })
    });
    c.bench_function("answer one question", |b| {
        b.iter(|| black_box(engine.ask(black_box("What policy changes has OpenAI asked for?"))))
    });
    c.bench_function("load and index the corpus", |b| {
        b.iter(|| black_box(self::engine()))
    });
}

criterion_group!(benches, answer_path);
criterion_main!(benches);
