#!/usr/bin/python3
"""Builds a readout graph on a Dask distributed cluster: map `readout extract`, reduce `readout merge`.

The JSON Lines input is cut into shards of --shard-lines articles. Each shard travels to a worker
as data (no shared file system is needed), where `readout extract` turns it into N-Quads article
records; the records come back to this machine and `readout merge` merges them into the graph
`readout build` would make of the whole corpus.

    dask_readout.py --scheduler tcp://10.0.0.5:8786 -o graph.nq articles.jsonl [more.jsonl ...]

The scheduler address comes from --scheduler, else from $DASK_SCHEDULER_ADDRESS. The readout
binary must exist on every worker at --worker-readout (default: the same path as --readout).
Exit code: that of `readout merge` (0 ok, 4 some input skipped), or 3 when a shard failed.
Needs Debian's python3-distributed; run it with /usr/bin/python3.
"""
import argparse
import os
import pathlib
import subprocess
import sys
import tempfile

from distributed import Client, as_completed, get_worker


def extract_shard(lines, readout, base):
    """Runs on a worker: one shard of JSON Lines in; (exit code, N-Quads, diagnostics, worker) out."""
    proc = subprocess.run([readout, "extract", "--base", base], input=lines, capture_output=True, check=False)
    return proc.returncode, proc.stdout, proc.stderr.decode("utf-8", "replace"), get_worker().address


def shards_of(paths, shard_lines):
    """Yields the input as byte strings of at most shard_lines non-empty lines each."""
    chunk = []
    for path in paths:
        with open(path, "rb") as f:
            for line in f:
                if not line.strip():
                    continue
                chunk.append(line if line.endswith(b"\n") else line + b"\n")
                if len(chunk) == shard_lines:
                    yield b"".join(chunk)
                    chunk = []
    if chunk:
        yield b"".join(chunk)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", help="JSON Lines article files, read on this machine")
    parser.add_argument("-o", "--output", required=True, help="merged graph file; its extension picks the format")
    parser.add_argument("--scheduler", default=os.environ.get("DASK_SCHEDULER_ADDRESS"),
                        help="address of the Dask scheduler (default: $DASK_SCHEDULER_ADDRESS)")
    parser.add_argument("--readout", default=os.environ.get("READOUT", "readout"),
                        help="readout binary on this machine, for the merge (default: $READOUT or readout)")
    parser.add_argument("--worker-readout", help="readout binary on the workers (default: --readout)")
    parser.add_argument("--shard-lines", type=int, default=1000, help="articles per shard (default 1000)")
    parser.add_argument("--base", default="https://w3id.org/readout/id/", help="prefix of minted IRIs")
    parser.add_argument("--wait-workers", type=int, default=1, help="wait for this many workers before starting")
    parser.add_argument("--keep-shards", help="directory to keep the shard N-Quads in (default: a temporary one)")
    args = parser.parse_args()
    if not args.scheduler:
        parser.error("no scheduler address: give --scheduler or set DASK_SCHEDULER_ADDRESS")
    worker_readout = args.worker_readout or args.readout

    with Client(args.scheduler, timeout=60) as client, tempfile.TemporaryDirectory() as scratch:
        client.wait_for_workers(args.wait_workers, timeout=120)
        out_dir = pathlib.Path(args.keep_shards or scratch)
        out_dir.mkdir(parents=True, exist_ok=True)
        futures = {}
        for i, shard in enumerate(shards_of(args.inputs, args.shard_lines)):
            futures[client.submit(extract_shard, shard, worker_readout, args.base, pure=False)] = i
        failed = False
        shard_files = []
        used = set()
        for future in as_completed(futures):
            i = futures[future]
            code, nquads, diagnostics, worker = future.result()
            used.add(worker)
            sys.stderr.write(diagnostics)
            if code not in (0, 4):
                print(f"dask_readout: shard {i}: readout extract exited {code}", file=sys.stderr)
                failed = True
                continue
            path = out_dir / f"shard-{i:06d}.nq"
            path.write_bytes(nquads)
            shard_files.append(str(path))
            del futures[future]  # the worker's copy is released
        print(f"dask_readout: {len(shard_files)} shard(s) extracted on {len(used)} worker(s)", file=sys.stderr)
        if failed:
            return 3
        return subprocess.run([args.readout, "merge", *sorted(shard_files), "-o", args.output, "--base", args.base],
                              check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
