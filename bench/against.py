#!/usr/bin/python3
"""Start-up of this build against an earlier commit's, in one run.

    python3 bench/against.py REV [--runs N]

Builds REV's program in a worktree of its own (under /tmp, removed after)
and starts, in turn, REV's program, this tree's (./build) and the bare
window (bench/bare-window.c, of this tree), on the example project and on
a dense 2,000-task project shown in the timeline (bench/make-dense.py),
each to its first frame with the project, as bench/run.py times it.  The
three alternate in every round (the order reversed every other round), so
that a machine whose speed drifts during the run weighs on all three
alike.  It prints each one's median, its ratio to the bare window's, and
how much the ratio changed from REV to this tree with a 95% interval
(a bootstrap over the rounds, each round's two programs against that
round's bare window).

Issue 16 asked that the start-up's ratio to the bare window be no worse
after the redesign than before it: `python3 bench/against.py 08457fb`
compares with the code of that day."""
import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run as bench  # noqa: E402  (bench/run.py: Xvfb, run_once ())

top = bench.top
build = bench.build


def build_revision(rev, where):
    """REV's program and its settings schema, built in a worktree at `where`."""
    subprocess.check_call(['git', '-C', top, 'worktree', 'add', '--detach', where, rev],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(where, 'build')
    subprocess.check_call(['meson', 'setup', out, where], stdout=subprocess.DEVNULL)
    subprocess.check_call(['ninja', '-C', out, 'src/gui/sakskart', 'data/gschemas.compiled'],
                          stdout=subprocess.DEVNULL)
    return out


def interval(pairs):
    """Median of the per-round differences and a 95% bootstrap interval."""
    med = statistics.median(pairs)
    rng = random.Random(16)
    boots = sorted(statistics.median(rng.choices(pairs, k=len(pairs))) for _ in range(2000))
    return med, boots[50], boots[1949]


def compare(name, argv_old, argv_new, env_old, env_new, env_bare, runs):
    bare = [os.path.join(build, 'bench', 'bare-window')]
    for argv, env in ((argv_old, env_old), (argv_new, env_new), (bare, env_bare)):
        bench.run_once(argv, env)  # warm the caches of each
    old, new, base = [], [], []
    for i in range(runs):
        order = [(old, argv_old, env_old), (new, argv_new, env_new), (base, bare, env_bare)]
        if i % 2:
            order.reverse()
        for times, argv, env in order:
            times.append(bench.run_once(argv, env)[0])
    mo, mn, mb = statistics.median(old), statistics.median(new), statistics.median(base)
    diff, low, high = interval([n / b - o / b for o, n, b in zip(old, new, base)])
    print('| %s | %.1f ms | %.2f | %.1f ms | %.2f | %.1f ms | %+.3f (%+.3f … %+.3f) |'
          % (name, mo, mo / mb, mn, mn / mb, mb, diff, low, high))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('rev', help='the commit to compare with')
    ap.add_argument('--runs', type=int, default=40)
    args = ap.parse_args()
    if not os.path.exists(os.path.join(build, 'src', 'gui', 'sakskart')):
        sys.exit('no build in %s: run build-aux/sakskart-dev test first' % build)
    xvfb = bench.start_xvfb()
    tmp = tempfile.mkdtemp(prefix='sakskart-against-')
    worktree = os.path.join(tmp, 'tree')
    try:
        old_build = build_revision(args.rev, worktree)
        env = dict(os.environ, GSK_RENDERER='cairo', GSETTINGS_BACKEND='memory', XDG_DATA_HOME=tmp,
                   SAKSKART_BENCH_QUIT_AFTER_FIRST_FRAME='1', NO_AT_BRIDGE='1', LC_ALL='C.UTF-8')
        env_new = dict(env, GSETTINGS_SCHEMA_DIR=os.path.join(build, 'data'))
        env_old = dict(env, GSETTINGS_SCHEMA_DIR=os.path.join(old_build, 'data'))
        dense = os.path.join(tmp, 'bench-dense.sakskart')
        subprocess.check_call([sys.executable, os.path.join(top, 'bench', 'make-dense.py'),
                               os.path.join(top, 'data', 'example.sakskart'), dense])
        old_app = os.path.join(old_build, 'src', 'gui', 'sakskart')
        new_app = os.path.join(build, 'src', 'gui', 'sakskart')
        rev = subprocess.check_output(['git', '-C', top, 'rev-parse', '--short', args.rev], text=True).strip()
        print('| start, to the first frame | %s | ratio | this tree | ratio | bare window '
              '| ratio\'s change (95%% interval) |' % rev)
        print('|---|---|---|---|---|---|---|')
        compare('example (agenda)', [old_app, '--example'], [new_app, '--example'],
                env_old, env_new, env_new, args.runs)
        compare('dense 2,000 tasks (timeline)', [old_app, '--view', 'timeline', dense],
                [new_app, '--view', 'timeline', dense], env_old, env_new, env_new, args.runs)
        print('\n%d rounds, medians; a negative change is a smaller ratio in this tree' % args.runs)
    finally:
        subprocess.call(['git', '-C', top, 'worktree', 'remove', '--force', worktree],
                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(tmp, ignore_errors=True)
        if xvfb:
            xvfb.terminate()


if __name__ == '__main__':
    main()
