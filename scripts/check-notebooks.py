#!/usr/bin/env python3
"""Runs the notebooks of examples/notebooks in the real .NET Interactive kernel (run by hand, not in CI).

    python3 scripts/check-notebooks.py [output folder]

The tests run each notebook as a file-based app (tests/DomainKit.Tests/Packaging/NotebookTests.cs), which needs no
notebook kernel; this script is the check that the kernel itself runs them as they are, first cell to last, and
shows DomainKit's results through DomainKit's own formatters. It packs the library into artifacts/packages,
installs the dotnet-interactive tool into artifacts/tools, starts the kernel over standard I/O in the notebooks'
folder, waits for it to say it is ready, submits every code cell, and fails on the first cell the kernel reports as
failed, or when the kernel exits or stops answering (with what it printed). Only lines that are kernel events are
read as such: a first launch on a machine may print a welcome first. It writes each notebook with its outputs
(<name>.ipynb) and a page of its HTML outputs (<name>.html) into the output folder, and a screenshot of that page
when Chromium is installed.
"""
import collections, glob, html, json, os, queue, shutil, subprocess, sys, tempfile, threading

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="domainkit-notebooks-")
os.makedirs(out, exist_ok=True)
packages = os.path.join(root, "artifacts", "packages")
tools = os.path.join(root, "artifacts", "tools", "interactive")
cache = os.path.join(root, "artifacts", "nuget-packages-kernel")
# The kernel has a telemetry switch of its own besides the SDK's; without it, its first launch on a machine prints a
# welcome and telemetry notice. Lines that are not kernel events are set aside below in any case.
env = dict(os.environ, DOTNET_CLI_TELEMETRY_OPTOUT="1", DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT="1", DOTNET_NOLOGO="1", NUGET_PACKAGES=cache)
STARTUP_SECONDS = 300  # a first launch restores the kernel's own packages
CELL_SECONDS = 600     # a cell that restores DomainKit and its dependencies

def run(*command):
    print("$", " ".join(command), flush=True)
    done = subprocess.run(command, cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, encoding="utf-8")
    if done.returncode != 0:
        sys.exit(f"{done.stdout}\n`{' '.join(command)}` failed with exit code {done.returncode}")

# One pack of the three packable projects, as the packaging tests do.
run("dotnet", "pack", "DomainKit.Packages.slnf", "-c", "Release", "-o", packages)
if not os.path.exists(os.path.join(tools, "dotnet-interactive")):
    run("dotnet", "tool", "install", "Microsoft.dotnet-interactive", "--tool-path", tools)
# A package restored once under a version is reused under that version: the kernel's cache forgets DomainKit.
for stale in glob.glob(os.path.join(cache, "domainkit*")):
    shutil.rmtree(stale)

def as_event(line):
    """The kernel event or command a line of the kernel's output holds, or None for any other text."""
    text = line.strip()
    if not text.startswith("{"):
        return None
    try:
        message = json.loads(text)
    except ValueError:
        return None
    return message if isinstance(message, dict) and ("eventType" in message or "commandType" in message) else None

class KernelProblem(Exception):
    pass

class Kernel:
    """dotnet-interactive over standard I/O: its events in a queue; any other text it prints kept to explain a failure."""

    def __init__(self, folder):
        self.process = subprocess.Popen([os.path.join(tools, "dotnet-interactive"), "stdio", "--working-dir", folder],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        text=True, encoding="utf-8", errors="replace", env=env)
        self.events = queue.Queue()
        self.other = collections.deque(maxlen=40)   # stdout lines that are not events: a banner, a notice
        self.errors = collections.deque(maxlen=40)  # the last lines on stderr
        threading.Thread(target=self._read_events, daemon=True).start()
        threading.Thread(target=lambda: [self.errors.append(line.rstrip("\n")) for line in self.process.stderr], daemon=True).start()

    def _read_events(self):
        for line in self.process.stdout:
            event = as_event(line)
            if event is None:
                if line.strip():
                    self.other.append(line.rstrip("\n"))
            else:
                self.events.put(event)
        self.events.put(None)  # the kernel closed its output: it has exited

    def next_event(self, seconds, waiting_for):
        try:
            event = self.events.get(timeout=seconds)
        except queue.Empty:
            raise KernelProblem(self._explain(f"no answer from the kernel in {seconds} s while waiting for {waiting_for}"))
        if event is None:
            raise KernelProblem(self._explain(f"the kernel exited (code {self.process.wait()}) while waiting for {waiting_for}"))
        return event

    def wait_until_ready(self):
        while self.next_event(STARTUP_SECONDS, "it to start").get("eventType") != "KernelReady":
            pass

    def submit(self, code, token):
        self.process.stdin.write(json.dumps({"commandType": "SubmitCode", "command": {"code": code, "targetKernelName": "csharp"}, "token": token}) + "\n")
        self.process.stdin.flush()

    def _explain(self, what):
        parts = [what]
        if self.other:
            parts.append("its other output:\n  " + "\n  ".join(self.other))
        if self.errors:
            parts.append("its last errors:\n  " + "\n  ".join(self.errors))
        return "\n".join(parts)

    def close(self):
        try:
            self.process.stdin.close()
        except OSError:
            pass
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()

def execute(path):
    notebook = json.load(open(path, encoding="utf-8"))
    name = os.path.basename(path)
    kernel = Kernel(os.path.dirname(path))
    pages, failure, count = [], None, 0
    try:
        kernel.wait_until_ready()
        for number, cell in enumerate(notebook["cells"], 1):
            if cell["cell_type"] != "code":
                continue
            count += 1
            code = "".join(cell["source"])
            token = f"{name}-{number}"
            kernel.submit(code, token)
            outputs = []
            while True:
                event = kernel.next_event(CELL_SECONDS, f"cell {number}")
                kind, body = event.get("eventType"), event.get("event", {})
                if kind in ("DisplayedValueProduced", "ReturnValueProduced"):
                    data = {v["mimeType"]: v["value"] for v in body.get("formattedValues", [])}
                    outputs.append({"output_type": "execute_result" if kind == "ReturnValueProduced" else "display_data", "data": data, "metadata": {}}
                                   | ({"execution_count": count} if kind == "ReturnValueProduced" else {}))
                    if "text/html" in data:
                        pages.append(f"<h3>cell {number}</h3>\n" + data["text/html"])
                    elif "text/plain" in data:
                        pages.append(f"<h3>cell {number}</h3>\n<pre>{html.escape(data['text/plain'])}</pre>")
                elif kind in ("StandardOutputValueProduced", "StandardErrorValueProduced"):
                    text = "".join(v["value"] for v in body.get("formattedValues", []) if v["mimeType"] == "text/plain")
                    outputs.append({"output_type": "stream", "name": "stdout" if kind.startswith("StandardOutput") else "stderr", "text": text})
                    pages.append(f"<h3>cell {number}</h3>\n<pre>{html.escape(text)}</pre>")
                if kind in ("CommandSucceeded", "CommandFailed") and (event.get("command") or {}).get("token") == token:
                    if kind == "CommandFailed":
                        failure = f"{name}, cell {number}: {body.get('message')}"
                    break
            cell["outputs"], cell["execution_count"] = outputs, count
            print(f"  cell {number}: {'failed' if failure else 'ok'} ({len(outputs)} outputs)", flush=True)
            if failure:
                break
    except KernelProblem as problem:
        failure = f"{name}: {problem}"
    finally:
        kernel.close()
    stem = os.path.join(out, os.path.splitext(name)[0])
    with open(stem + ".ipynb", "w", encoding="utf-8") as f:
        json.dump(notebook, f, ensure_ascii=False, indent=1)
    with open(stem + ".html", "w", encoding="utf-8") as f:
        f.write(f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"/><title>{html.escape(name)}</title></head><body>\n' + "\n".join(pages) + "\n</body></html>\n")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium:
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--hide-scrollbars",
                        "--window-size=1100,6000", f"--screenshot={stem}.png", f"file://{stem}.html"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return failure

failures = []
for path in sorted(glob.glob(os.path.join(root, "examples", "notebooks", "*.ipynb"))):
    print(os.path.basename(path), flush=True)
    failure = execute(path)
    if failure:
        failures.append(failure)
print(f"Outputs in {out}")
for failure in failures:
    print("FAIL:", failure)
sys.exit(1 if failures else 0)
