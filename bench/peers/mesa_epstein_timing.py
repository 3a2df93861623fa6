"""Time Mesa's own Epstein civil violence example (no visualisation).

Peer benchmark only: this script imports an already-installed Mesa (3.x) and
times ``mesa.examples.advanced.epstein_civil_violence.model.EpsteinCivilViolence``
with the example's default parameters. It installs nothing. See
docs/peers/mesa.md for how Mesa was obtained and how this was run.

Usage:
    python3 mesa_epstein_timing.py [--steps 1000] [--warmup 50]
        [--seeds 1 2 3 4 5] [--mode both|dc|nodc] [--json out.json]

Modes:
    dc    the model as shipped: DataCollector.collect() runs every step
    nodc  same model, but the instance's DataCollector.collect is a no-op
          (the per-step state counting in _update_counts() still runs)
"""

import argparse
import gc
import json
import os
import platform
import statistics
import sys
import time

import mesa
from mesa.examples.advanced.epstein_civil_violence.agents import (
    Citizen,
    CitizenState,
    Cop,
)
from mesa.examples.advanced.epstein_civil_violence.model import EpsteinCivilViolence

# Exactly the example's defaults (model.py, EpsteinCivilViolence.__init__),
# spelled out so a change upstream does not silently change the benchmark.
PARAMS = dict(
    width=40,
    height=40,
    citizen_density=0.7,
    cop_density=0.074,
    citizen_vision=7,
    cop_vision=7,
    legitimacy=0.8,
    max_jail_term=1000,
    active_threshold=0.1,
    arrest_prob_constant=2.3,
    movement=True,
    # max_iters only flips model.running; calling step() directly ignores it.
)


class _NoCollect:
    def collect(self, model):  # noqa: D102
        pass


def run_one(seed, warmup, steps, datacollector):
    t0 = time.perf_counter()
    model = EpsteinCivilViolence(seed=seed, **PARAMS)
    t_init = time.perf_counter() - t0
    if not datacollector:
        model.datacollector = _NoCollect()
    n_cit = len(model.agents_by_type[Citizen])
    n_cop = len(model.agents_by_type[Cop])

    for _ in range(warmup):
        model.step()

    gc.collect()
    t0 = time.perf_counter()
    for _ in range(steps):
        model.step()
    elapsed = time.perf_counter() - t0

    sps = steps / elapsed
    return {
        "seed": seed,
        "datacollector": datacollector,
        "citizens": n_cit,
        "cops": n_cop,
        "init_s": t_init,
        "warmup_steps": warmup,
        "timed_steps": steps,
        "elapsed_s": elapsed,
        "steps_per_s": sps,
        "citizen_updates_per_s": sps * n_cit,
        "agent_updates_per_s": sps * (n_cit + n_cop),
        "final_step": model.steps,
        "final_counts": {s.name: int(getattr(model, s.name)) for s in CitizenState},
    }


def summarise(rows):
    sps = [r["steps_per_s"] for r in rows]
    cus = [r["citizen_updates_per_s"] for r in rows]
    return {
        "median_steps_per_s": statistics.median(sps),
        "min_steps_per_s": min(sps),
        "max_steps_per_s": max(sps),
        "median_citizen_updates_per_s": statistics.median(cus),
        "mean_citizens": statistics.mean(r["citizens"] for r in rows),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--steps", type=int, default=1000)
    ap.add_argument("--warmup", type=int, default=50)
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3, 4, 5])
    ap.add_argument("--mode", choices=["both", "dc", "nodc"], default="both")
    ap.add_argument("--json", help="write full results to this file")
    args = ap.parse_args()

    modes = {"both": [True, False], "dc": [True], "nodc": [False]}[args.mode]
    env = {
        "mesa_version": mesa.__version__,
        "mesa_path": os.path.dirname(mesa.__file__),
        "python": sys.version.split()[0],
        "python_impl": platform.python_implementation(),
        "executable": sys.executable,
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
        "loadavg_start": os.getloadavg(),
        "params": PARAMS,
    }
    print(f"mesa {env['mesa_version']} ({env['mesa_path']}), "
          f"python {env['python']} ({env['executable']})", flush=True)
    print(f"loadavg at start: {env['loadavg_start']}", flush=True)

    results = {"env": env, "runs": {}, "summary": {}}
    for dc in modes:
        label = "datacollector_on" if dc else "datacollector_off"
        rows = []
        for seed in args.seeds:
            r = run_one(seed, args.warmup, args.steps, dc)
            rows.append(r)
            print(f"[{label}] seed={seed} citizens={r['citizens']} cops={r['cops']} "
                  f"{r['timed_steps']} steps in {r['elapsed_s']:.2f}s -> "
                  f"{r['steps_per_s']:.2f} steps/s, "
                  f"{r['citizen_updates_per_s']:.0f} citizen-updates/s; "
                  f"final {r['final_counts']}", flush=True)
        s = summarise(rows)
        results["runs"][label] = rows
        results["summary"][label] = s
        print(f"[{label}] MEDIAN {s['median_steps_per_s']:.2f} steps/s "
              f"(min {s['min_steps_per_s']:.2f}, max {s['max_steps_per_s']:.2f}), "
              f"{s['median_citizen_updates_per_s']:.0f} citizen-updates/s", flush=True)
    env["loadavg_end"] = os.getloadavg()
    print(f"loadavg at end: {env['loadavg_end']}", flush=True)

    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=2, default=str)


if __name__ == "__main__":
    main()
