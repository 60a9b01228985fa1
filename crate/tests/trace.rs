//! The trace engine: event sequences of the gallery programs (snapshots),
//! and time travel — seeking anywhere gives exactly the state that stepping
//! there one step at a time gives.

use std::collections::HashMap;
use std::path::Path;

use proptest::prelude::*;
use yieldscope::trace::schema::{StepState, ValueView};
use yieldscope::trace::{Session, TraceOptions};

fn gallery(name: &str) -> String {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../tests/corpus/gallery/{name}.py"));
    std::fs::read_to_string(path).expect("gallery program exists")
}

const GALLERY: &[&str] = &[
    "countdown_for",
    "countdown_next",
    "infinite_sequence",
    "running_average",
    "genexp_pipeline",
    "yield_from",
    "throw_close_finally",
];

fn session(name: &str, checkpoint_interval: u64) -> Session {
    let options = TraceOptions {
        checkpoint_interval,
        ..TraceOptions::default()
    };
    let mut session =
        Session::new(&gallery(name), &format!("{name}.py"), options).expect("compiles");
    session.extend(u64::MAX);
    session
}

/// Renumbers frame and object ids in order of first appearance, so
/// snapshots do not depend on how many objects the runtime allocates.
struct Renumber {
    frames: HashMap<u32, usize>,
    objects: HashMap<u32, usize>,
}

impl Renumber {
    fn frame(&mut self, id: u32) -> usize {
        let next = self.frames.len() + 1;
        *self.frames.entry(id).or_insert(next)
    }

    fn object(&mut self, id: u32) -> usize {
        let next = self.objects.len() + 1;
        *self.objects.entry(id).or_insert(next)
    }
}

fn event_listing(session: &Session) -> String {
    let mut renumber = Renumber {
        frames: HashMap::new(),
        objects: HashMap::new(),
    };
    let mut out = String::new();
    for step in 0..session.step_count() {
        let event = session.event(step).expect("recorded");
        let mut line = format!(
            "{:<10} line {:<3} frame {}",
            event.kind,
            event.line,
            renumber.frame(event.frame)
        );
        if let Some(from) = event.from {
            line += &format!(" from {}", renumber.frame(from));
        }
        if !event.via.is_empty() {
            line += &format!(" via {}", event.via);
        }
        if event.implicit {
            line += " implicit";
        }
        if let Some(generator) = event.generator {
            line += &format!(" gen#{}", renumber.object(generator));
        }
        if let Some(value) = &event.value {
            if !value.contains(" at 0x") {
                line += &format!(" value {value}");
            }
        }
        if let Some(text) = &event.text {
            line += &format!(" {text:?}");
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.push_str(&format!("end: {:?}\n", session.end()));
    out
}

#[test]
fn gallery_event_sequences() {
    for name in GALLERY {
        let session = session(name, 10_000);
        insta::assert_snapshot!(format!("events_{name}"), event_listing(&session));
    }
}

#[test]
fn generator_states_follow_the_protocol() {
    const FIRST_BODY_LINE: u32 = 3;
    let mut session = session("countdown_next", 10_000);
    let mut seen = Vec::new();
    for step in 0..session.step_count() {
        let state = session.state(step).expect("state");
        for generator in &state.generators {
            if generator.state == "CREATED" {
                // Where the first next() will start it.
                assert_eq!(generator.line, FIRST_BODY_LINE, "step {step}");
            }
            if seen.last() != Some(&generator.state) {
                seen.push(generator.state);
            }
        }
    }
    assert_eq!(
        seen,
        [
            "CREATED",
            "RUNNING",
            "SUSPENDED",
            "RUNNING",
            "SUSPENDED",
            "RUNNING",
            "SUSPENDED",
            "RUNNING",
            "CLOSED"
        ]
    );
}

#[test]
fn final_state_reports_the_end() {
    let mut session = session("countdown_for", 10_000);
    let last = session.step_count() - 1;
    let state = session.state(last).expect("state");
    assert_eq!(state.end.map(|end| end.reason), Some("finished"));
    assert!(state.output.ends_with("liftoff!\n"));
}

/// A generator inside `yield from` names its delegate the whole time, not
/// only while suspended: a front end draws the pipe without gaps.
#[test]
fn delegating_generators_name_their_delegate_while_running() {
    let mut session = session("yield_from", 10_000);
    let mut delegating_steps = 0;
    for step in 0..session.step_count() {
        let state = session.state(step).expect("state");
        let [outer, inner] = state.generators.as_slice() else {
            continue;
        };
        // From its first resume until it returns, inner is outer's delegate.
        if inner.state != "CREATED" {
            delegating_steps += 1;
            assert!(
                matches!(outer.delegate, Some(ValueView::Ref { id, .. }) if id == inner.id),
                "step {step}: {:?}",
                outer.delegate
            );
        }
    }
    assert!(delegating_steps > 10);
}

/// A generator only a built-in holds (`list(islice(gen(), 5))`) is live
/// and listed at every step, not only while it runs.
#[test]
fn generators_held_by_builtins_are_listed() {
    let mut session = session("infinite_sequence", 10_000);
    let created = session
        .find(
            &[yieldscope::runtime::events::EventKind::GenCreate],
            0,
            true,
            false,
        )
        .expect("a generator is created");
    let last_yield = session
        .find(
            &[yieldscope::runtime::events::EventKind::Yield],
            session.step_count() - 1,
            false,
            false,
        )
        .expect("it yields");
    for step in created..=last_yield {
        let state = session.state(step).expect("state");
        assert_eq!(state.generators.len(), 1, "step {step}");
    }
}

/// While the module runs the body of `for number in countdown(3)`, its
/// frame shows the loop's hidden iterator: the generator object itself.
#[test]
fn frames_show_the_iterators_of_their_loops() {
    let mut session = session("countdown_for", 10_000);
    let mut inside = 0;
    for step in 0..session.step_count() {
        let state = session.state(step).expect("state");
        let Some(module) = state.frames.first() else {
            continue;
        };
        if module.line == 11 {
            inside += 1;
            let [only] = module.loops.as_slice() else {
                panic!("step {step}: {:?}", module.loops);
            };
            assert_eq!((only.line, only.target.as_str()), (10, "number"));
            let generator = state.generators.first().expect("the generator is live");
            assert!(
                matches!(only.iterator, ValueView::Ref { id, .. } if id == generator.id),
                "step {step}: {:?}",
                only.iterator
            );
        }
        if module.line < 10 {
            assert!(module.loops.is_empty(), "step {step}: {:?}", module.loops);
        }
    }
    assert!(inside >= 3, "{inside} steps in the body");
}

fn sequential_states(name: &str) -> Vec<StepState> {
    let mut session = session(name, 1_000_000);
    (0..session.step_count())
        .map(|step| session.state(step).expect("state"))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Checkpoints every few steps, seeks in random order: every state
    /// equals the one reached by stepping forward from the start.
    #[test]
    fn seeking_equals_stepping(program in 0..GALLERY.len(), seeks in prop::collection::vec(0.0f64..1.0, 1..12), interval in 1u64..9) {
        let name = GALLERY[program];
        let expected = sequential_states(name);
        let mut session = session(name, interval);
        for fraction in seeks {
            let step = ((expected.len() as f64) * fraction) as usize;
            let state = session.state(step as u64).expect("state");
            prop_assert_eq!(&state, &expected[step]);
        }
    }
}
