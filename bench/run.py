#!/usr/bin/python3
"""Sakskart's benchmarks, each as a ratio against a baseline measured in the
same run (these machines are noisy).  Run from the top of the tree after
`build-aux/sakskart-dev test` (or any build in ./build):

    python3 bench/run.py [--runs N]

Start-up: time from process start to the main window's first frame with the
example project, against a bare AdwApplicationWindow (bench/bare-window.c),
under Xvfb with GSK_RENDERER=cairo; the two alternate, each round in the
other order, three rounds for each of --runs, and the ratio is the median of
the rounds' ratios (a round's ratio scatters by ±0.05 on a two-core machine;
the ratio of the medians of a few runs of each scattered by as much from one
run to the next).  The dense project's two rows are measured the same way.
Peak RSS of each, from wait4().  Load: a generated 10 MB project, against
json-glib parsing the same bytes alone.  Edit: a weight step on that project
through the core's edit functions and history, against the whole-project
snapshot undo took before (bench/bench-edit.c).  Dense timeline: a
project of 2,000 tasks over two years, with 200 milestones and 1,800 links
(bench/make-dense.py), opened in the timeline view, against the bare
window: its first frame (the app's own hook: the first frame that shows
the project) and the time until its window is up (xdotool, as the
comparison with GNOME Planner).  The rows "drawn" time a change in the
window (bench/bench-frames.h); "first frame" rows time from the click to
the end of the first frame drawn after it."""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
build = os.path.join(top, 'build')


def start_xvfb():
    if os.environ.get('DISPLAY'):
        return None
    for n in range(90, 140):
        if not os.path.exists('/tmp/.X11-unix/X%d' % n) and not os.path.exists('/tmp/.X%d-lock' % n):
            break
    proc = subprocess.Popen(['Xvfb', ':%d' % n, '-screen', '0', '1920x1080x24', '-nolisten', 'tcp', '-noreset'],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        if os.path.exists('/tmp/.X11-unix/X%d' % n):
            break
        time.sleep(0.05)
    os.environ['DISPLAY'] = ':%d' % n
    return proc


def run_once(argv, env):
    """Milliseconds from starting argv to its first frame, which it prints
    as "first-frame <g_get_monotonic_time ()>" (the clock time.monotonic()
    reads) before it quits, so that tearing down is not counted; and its
    peak RSS in MB."""
    t0 = time.monotonic()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = proc.stdout.read().decode()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = status
    if status != 0:
        sys.exit('%s exited with %d' % (argv[0], status))
    frames = [int(line.split()[1]) for line in out.splitlines() if line.startswith('first-frame ')]
    if not frames:
        sys.exit('%s printed no first-frame time' % argv[0])
    return (frames[0] / 1e6 - t0) * 1000, usage.ru_maxrss / 1024.0


def wait_for_window(argv, name, env, timeout=20):
    """Starts argv and returns the seconds until a visible window whose title
    contains `name` exists (polled every 5 ms with xdotool)."""
    t0 = time.monotonic()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while time.monotonic() - t0 < timeout:
            try:
                r = subprocess.run(['xdotool', 'search', '--onlyvisible', '--name', name], env=env,
                                   capture_output=True, timeout=2)
                if r.returncode == 0 and r.stdout.strip():
                    return time.monotonic() - t0
            except subprocess.TimeoutExpired:
                pass
            time.sleep(0.005)
        sys.exit('no window "%s" from %s after %.1f s (running: %s): %s' % (name, argv, time.monotonic() - t0, proc.poll() is None,
                                                               proc.stderr.read(2000) if proc.poll() is not None else ''))
    finally:
        proc.kill()
        proc.wait()


def planner_rows(env, runs):
    """The same 2,000-task project in GNOME Planner and in Sakskart's timeline:
    time until the window showing it is up (the same external method for
    both), and Sakskart's own first frame and one full-viewport draw."""
    import shutil
    if not shutil.which('planner') or not shutil.which('xdotool'):
        return [('timeline against GNOME Planner', 'skipped', 'needs: apt-get install planner xdotool', '', '')]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        plan = os.path.join(tmp, 'bench-2000.planner')
        sk = os.path.join(tmp, 'bench-2000.sakskart')
        subprocess.check_call([sys.executable, os.path.join(top, 'bench', 'make-planner.py'), plan, '100', '19'])
        subprocess.check_call([os.path.join(build, 'src', 'sakskart-cli'), 'import-planner', plan, '-o', sk],
                              stdout=subprocess.DEVNULL)
        plain = {k: v for k, v in env.items() if k != 'SAKSKART_BENCH_QUIT_AFTER_FIRST_FRAME'}
        # Planner reads its own settings schemas: not ours, not from memory.
        planner_env = {k: v for k, v in plain.items() if k not in ('GSETTINGS_SCHEMA_DIR', 'GSETTINGS_BACKEND')}
        app = [os.path.join(build, 'src', 'gui', 'sakskart'), '--view', 'timeline', sk]
        ours, theirs, frames, rss = [], [], [], []
        for _ in range(runs):
            ours.append(wait_for_window(app, 'bench-2000.sakskart', plain))
            theirs.append(wait_for_window(['planner', plan], 'Bench 2000', planner_env))
            ms, mb = run_once(app, env)
            frames.append(ms)
            rss.append(mb)
        bare = statistics.median(run_once([os.path.join(build, 'bench', 'bare-window')], env)[1] for _ in range(3))
        o, t = statistics.median(ours) * 1000, statistics.median(theirs) * 1000
        rows.append(('2,000 tasks: window up with the chart', '%.0f ms' % o, 'GNOME Planner %.0f ms' % t,
                     '%.2f' % (o / t), '≤ 0.6'))
        rows.append(('2,000 tasks: first frame of the chart (own hook)', '%.0f ms' % statistics.median(frames),
                     'GNOME Planner, window up %.0f ms' % t, '%.2f' % (statistics.median(frames) / t), ''))
        rows.append(('2,000 tasks: peak RSS', '%.1f MB' % statistics.median(rss), 'bare window %.1f MB' % bare,
                     '+%.1f MB' % (statistics.median(rss) - bare), '≤ +40 MB'))
        out = subprocess.check_output([os.path.join(build, 'bench', 'bench-gantt'), sk], text=True)
        draw, paint = (float(x) for x in out.split())
        rows.append(('2,000 tasks: one full-viewport draw (1200 × 800)', '%.2f ms' % draw,
                     'cairo paint of the viewport %.2f ms' % paint, '%.0f' % (draw / paint), '< 4 ms'))
    return rows


def paired(app, bare, rounds):
    """Medians of `app ()` and `bare ()`, and of their ratios, over `rounds`
    rounds, each in the other order than the one before."""
    a, b = [], []
    for r in range(rounds):
        if r % 2:
            b.append(bare())
            a.append(app())
        else:
            a.append(app())
            b.append(bare())
    ratios = [x / y for x, y in zip(a, b)]
    return statistics.median(a), statistics.median(b), statistics.median(ratios)


def dense_rows(env, runs):
    """Opening a dense 2,000-task project against the bare window."""
    import shutil
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        dense = os.path.join(tmp, 'bench-dense.sakskart')
        subprocess.check_call([sys.executable, os.path.join(top, 'bench', 'make-dense.py'),
                               os.path.join(top, 'data', 'example.sakskart'), dense])
        app = [os.path.join(build, 'src', 'gui', 'sakskart'), '--view', 'timeline', dense]
        bare = [os.path.join(build, 'bench', 'bare-window')]
        run_once(app, env)
        ta, tb, ratio = paired(lambda: run_once(app, env)[0], lambda: run_once(bare, env)[0], 3 * runs)
        rows.append(('open a dense 2,000-task project (timeline): first frame', '%.0f ms' % ta,
                     'bare window, first frame %.0f ms' % tb, '%.2f' % ratio, '≤ 1.15'))
        if not shutil.which('xdotool'):
            rows.append(('open a dense 2,000-task project: window up', 'skipped', 'needs: apt-get install xdotool', '', ''))
            return rows
        plain = {k: v for k, v in env.items() if k != 'SAKSKART_BENCH_QUIT_AFTER_FIRST_FRAME'}
        ta, tb, ratio = paired(lambda: wait_for_window(app, 'bench-dense.sakskart', plain),
                               lambda: wait_for_window(bare, 'Bare window', plain), 3 * runs)
        rows.append(('open a dense 2,000-task project: window up', '%.0f ms' % (ta * 1000),
                     'bare window, window up %.0f ms' % (tb * 1000), '%.2f' % ratio, '≤ 1.15'))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--runs', type=int, default=7)
    args = ap.parse_args()
    xvfb = start_xvfb()
    # Drafts of what the benchmarks change, and the recent files, go to a
    # folder of the run's, not the user's (the settings stay in memory).
    data_home = tempfile.TemporaryDirectory(prefix='sakskart-bench-')
    env = dict(os.environ, GSK_RENDERER='cairo', GSETTINGS_BACKEND='memory',
               GSETTINGS_SCHEMA_DIR=os.path.join(build, 'data'), XDG_DATA_HOME=data_home.name,
               SAKSKART_BENCH_QUIT_AFTER_FIRST_FRAME='1', NO_AT_BRIDGE='1', LC_ALL='C.UTF-8')
    app = [os.path.join(build, 'src', 'gui', 'sakskart'), '--example']
    bare = [os.path.join(build, 'bench', 'bare-window')]
    rows = []
    try:
        run_once(app, env)
        run_once(bare, env)  # warm the caches of both
        rss_app, rss_bare = [], []

        def timed(argv, rss):
            ms, mb = run_once(argv, env)
            rss.append(mb)
            return ms

        ta, tb, ratio = paired(lambda: timed(app, rss_app), lambda: timed(bare, rss_bare), 3 * args.runs)
        ra, rb = statistics.median(rss_app), statistics.median(rss_bare)
        rows.append(('start-up to first frame (example)', '%.0f ms' % ta, 'bare window %.0f ms' % tb,
                     '%.2f' % ratio, '≤ 1.19'))
        rows.append(('peak RSS at first frame', '%.1f MB' % ra, 'bare window %.1f MB' % rb,
                     '+%.1f MB' % (ra - rb), '≤ +30 MB'))
        rows.extend(dense_rows(env, args.runs))

        with tempfile.TemporaryDirectory() as tmp:
            large = os.path.join(tmp, 'large.sakskart')
            subprocess.check_call([sys.executable, os.path.join(top, 'bench', 'make-large.py'),
                                   os.path.join(top, 'data', 'example.sakskart'), large, '10'])
            out = subprocess.check_output([os.path.join(build, 'bench', 'bench-load'), large,
                                           str(args.runs)], text=True)
            parse, load, save, write, file_save = (float(x) for x in out.split())
            size = os.path.getsize(large) / (1024 * 1024)
            rows.append(('load %.1f MB project (parse + validate)' % size, '%.0f ms' % load,
                         'json-glib parse %.0f ms' % parse, '%.2f' % (load / parse), '< 200 ms'))
            rows.append(('serialise the same project', '%.0f ms' % save,
                         'json-glib parse %.0f ms' % parse, '%.2f' % (save / parse), ''))
            rows.append(('save it (serialise, atomic replace, backup)', '%.0f ms' % file_save,
                         'g_file_set_contents of the bytes %.0f ms' % write, '%.2f' % (file_save / write), ''))
            out = subprocess.check_output([os.path.join(build, 'bench', 'bench-edit'), large,
                                           str(args.runs)], text=True, stderr=subprocess.DEVNULL)
            step, step_bytes, snap, snap_bytes, undo, snap_undo = (float(x) for x in out.split())
            rows.append(('weight step on the %.1f MB project, undo record included (core)' % size,
                         '%.1f µs' % (step * 1000), 'snapshot undo %.0f ms' % snap, '%.5f' % (step / snap), '≤ 1 ms'))
            rows.append(('history kept for that step', '%.0f B' % step_bytes,
                         'snapshot %.1f MB' % (snap_bytes / (1024 * 1024)), '%.6f' % (step_bytes / snap_bytes),
                         '≤ 1 KB'))
            rows.append(('undo of that step (core)', '%.1f µs' % (undo * 1000), 'snapshot undo %.0f ms' % snap_undo,
                         '%.5f' % (undo / snap_undo), ''))
        out = subprocess.check_output([os.path.join(build, 'bench', 'bench-costs')], text=True)
        exact, naive = (float(x) for x in out.split())
        rows.append(('cost split, 50 municipalities × 5 criteria', '%.0f µs' % exact,
                     'same formula in doubles %.2f µs' % naive, '%.0f' % (exact / naive), '< 1000 µs'))
        out = subprocess.check_output([os.path.join(build, 'bench', 'bench-matrix')], text=True)
        step, fill = (float(x) for x in out.split())
        rows.append(('matrix slider step, 20 × 30 (recompute, sensitivity, draw)', '%.2f ms' % (step / 1000),
                     'cairo fill of the bars %.2f ms' % (fill / 1000), '%.1f' % (step / fill), '< 2 ms'))
        agenda_env = {k: v for k, v in env.items() if k != 'SAKSKART_BENCH_QUIT_AFTER_FIRST_FRAME'}
        out = subprocess.check_output([os.path.join(build, 'bench', 'bench-agenda')], text=True,
                                      env=agenda_env, stderr=subprocess.DEVNULL)
        pack, titles, move, title = (float(x) for x in out.split())
        rows.append(('board pack PDF, 200 items', '%.0f ms' % pack, 'PDF of the 200 titles %.0f ms' % titles,
                     '%.0f' % (pack / titles), '< 2000 ms'))
        rows.append(('agenda reorder (Alt+Down), 200 items, drawn', '%.1f ms' % move,
                     'window title change, drawn %.2f ms' % title, '%.1f' % (move / max(title, 0.01)), '≤ 5 ms'))
        out = subprocess.check_output([os.path.join(build, 'bench', 'bench-sliders'),
                                       os.path.join(top, 'data', 'example.sakskart')], text=True,
                                      env=agenda_env, stderr=subprocess.DEVNULL)
        matrix_step, costs_step, title, matrix_undo, costs_undo = (float(x) for x in out.split())
        rows.append(('matrix weight slider in the window, drawn', '%.1f ms' % matrix_step,
                     'window title change, drawn %.2f ms' % title, '%.0f' % (matrix_step / max(title, 0.01)),
                     '≤ 4 ms'))
        rows.append(('costs equal-share slider in the window, drawn', '%.1f ms' % costs_step,
                     'window title change, drawn %.2f ms' % title, '%.0f' % (costs_step / max(title, 0.01)),
                     '≤ 4 ms'))
        rows.append(('undo (win.undo) of a matrix weight step, drawn', '%.1f ms' % matrix_undo,
                     'window title change, drawn %.2f ms' % title, '%.0f' % (matrix_undo / max(title, 0.01)),
                     '≤ 4 ms'))
        rows.append(('undo (win.undo) of a costs equal-share step, drawn', '%.1f ms' % costs_undo,
                     'window title change, drawn %.2f ms' % title, '%.0f' % (costs_undo / max(title, 0.01)),
                     '≤ 4 ms'))
        # The first switch to a view makes it: one process a sample.
        def views(*mode):
            samples = []
            for _ in range(5):
                out = subprocess.check_output([os.path.join(build, 'bench', 'bench-views'), *mode,
                                               os.path.join(top, 'data', 'example.sakskart')], text=True,
                                              env=agenda_env, stderr=subprocess.DEVNULL)
                samples.append([float(x) for x in out.split()])
            return [statistics.median(s[i] for s in samples) for i in range(7)]
        med = views()
        for i, name in enumerate(('matrix', 'timeline', 'costs')):
            rows.append(('switch to the %s view, drawn: first (made) / later' % name,
                         '%.0f / %.0f ms' % (med[i], med[3 + i]),
                         'window title change, drawn %.2f ms' % med[6], '%.0f' % (med[3 + i] / max(med[6], 0.01)),
                         ''))
        med = views('--first-frame')
        for i, name in enumerate(('matrix', 'timeline', 'costs')):
            rows.append(('switch to the %s view: first frame after the click, first / later' % name,
                         '%.0f / %.0f ms' % (med[i], med[3 + i]),
                         'title change, first frame %.2f ms' % med[6], '%.0f' % (med[3 + i] / max(med[6], 0.01)),
                         '≤ 40 / ≤ 16 ms'))
        rows.extend(planner_rows(env, args.runs))
    finally:
        if xvfb:
            xvfb.terminate()
        data_home.cleanup()

    head = ('benchmark', 'sakskart', 'baseline (same run)', 'ratio', 'target')
    widths = [max(len(r[i]) for r in rows + [head]) for i in range(5)]
    line = lambda r: '| ' + ' | '.join(c.ljust(w) for c, w in zip(r, widths)) + ' |'
    print(line(head))
    print('|' + '|'.join('-' * (w + 2) for w in widths) + '|')
    for r in rows:
        print(line(r))
    print('\n%d runs each, medians; %s' % (args.runs, time.strftime('%Y-%m-%d')))


if __name__ == '__main__':
    main()
