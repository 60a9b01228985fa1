//! Tracing throughput (steps per second), seek latency on a million-step
//! trace, and the memory a million-step trace holds.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use criterion::{criterion_group, criterion_main, Criterion};
use yieldscope::trace::{Session, TraceOptions};

/// Counts live heap bytes, to report what a trace costs in memory.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let pointer = unsafe { System.alloc(layout) };
        let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(live, Ordering::Relaxed);
        pointer
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        unsafe { System.dealloc(pointer, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// A generator pipeline that runs for about a million steps.
const PROGRAM: &str = "
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1

def squares(source):
    for x in source:
        yield x * x

total = 0
for value in squares(numbers(120000)):
    total += value % 7
print(total)
";

fn traced(steps: u64) -> Session {
    let options = TraceOptions {
        max_steps: steps,
        ..TraceOptions::default()
    };
    let mut session = Session::new(PROGRAM, "bench.py", options).expect("compiles");
    session.extend(u64::MAX);
    session
}

fn report_once() {
    let before = LIVE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let start = Instant::now();
    let mut session = traced(1_000_000);
    let elapsed = start.elapsed();
    let steps = session.step_count();
    let held = LIVE.load(Ordering::Relaxed) - before;
    let peak = PEAK.load(Ordering::Relaxed) - before;
    let mut worst = 0f64;
    let mut total = 0f64;
    let seeks = 200u64;
    let mut position = 7919u64;
    for _ in 0..seeks {
        position = (position * 7919 + 104_729) % steps;
        let start = Instant::now();
        let state = session.state(position).expect("state");
        let millis = start.elapsed().as_secs_f64() * 1000.0;
        assert_eq!(state.step, position);
        worst = worst.max(millis);
        total += millis;
    }
    println!(
        "trace: {steps} steps in {:.3} s = {:.2} M steps/s; holds {:.1} MB (peak {:.1} MB), {} checkpoints; \
         random seek: mean {:.2} ms, worst {:.2} ms",
        elapsed.as_secs_f64(),
        steps as f64 / elapsed.as_secs_f64() / 1e6,
        held as f64 / 1e6,
        peak as f64 / 1e6,
        session.checkpoint_count(),
        total / seeks as f64,
        worst
    );
}

fn benchmarks(criterion: &mut Criterion) {
    report_once();
    let mut group = criterion.benchmark_group("trace");
    group.sample_size(10);
    group.bench_function("record 100k steps", |bencher| {
        bencher.iter(|| traced(100_000))
    });
    let mut session = traced(1_000_000);
    let steps = session.step_count();
    let mut position = 1u64;
    group.bench_function("seek in a 1M-step trace", |bencher| {
        bencher.iter(|| {
            position = (position * 7919 + 104_729) % steps;
            session.state(position)
        })
    });
    group.finish();
}

criterion_group!(trace, benchmarks);
criterion_main!(trace);
