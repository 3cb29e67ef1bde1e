#!/usr/bin/env python3
"""Runs the notebooks of examples/notebooks in the real .NET Interactive kernel (run by hand, not in CI).

    python3 scripts/check-notebooks.py [output folder]

The tests run each notebook as a file-based app (tests/DomainKit.Tests/Packaging/NotebookTests.cs), which needs no
notebook kernel; this script is the check that the kernel itself runs them as they are, first cell to last, and
shows DomainKit's results through DomainKit's own formatters. It packs the library into artifacts/packages,
installs the dotnet-interactive tool into artifacts/tools, starts the kernel over standard I/O in the notebooks'
folder, submits every code cell, and fails on the first cell the kernel reports as failed. It writes each notebook
with its outputs (<name>.ipynb) and a page of its HTML outputs (<name>.html) into the output folder, and a
screenshot of that page when Chromium is installed.
"""
import glob, html, json, os, queue, shutil, subprocess, sys, tempfile, threading

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="domainkit-notebooks-")
os.makedirs(out, exist_ok=True)
packages = os.path.join(root, "artifacts", "packages")
tools = os.path.join(root, "artifacts", "tools", "interactive")
cache = os.path.join(root, "artifacts", "nuget-packages-kernel")
env = dict(os.environ, DOTNET_CLI_TELEMETRY_OPTOUT="1", DOTNET_NOLOGO="1", NUGET_PACKAGES=cache)

def run(*command):
    print("$", " ".join(command), flush=True)
    subprocess.run(command, cwd=root, env=env, check=True, stdout=subprocess.DEVNULL)

for project in ("DomainKit", "DomainKit.Export.OpenXml", "DomainKit.Cli"):
    run("dotnet", "pack", f"src/{project}", "-c", "Release", "-o", packages)
if not os.path.exists(os.path.join(tools, "dotnet-interactive")):
    run("dotnet", "tool", "install", "Microsoft.dotnet-interactive", "--tool-path", tools)
# A package restored once under a version is reused under that version: the kernel's cache forgets DomainKit.
for stale in glob.glob(os.path.join(cache, "domainkit*")):
    shutil.rmtree(stale)

def execute(path):
    notebook = json.load(open(path, encoding="utf-8"))
    name = os.path.basename(path)
    kernel = subprocess.Popen([os.path.join(tools, "dotnet-interactive"), "stdio", "--working-dir", os.path.dirname(path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, encoding="utf-8", env=env)
    events = queue.Queue()
    threading.Thread(target=lambda: [events.put(line) for line in kernel.stdout], daemon=True).start()
    pages, failure, count = [], None, 0
    try:
        for number, cell in enumerate(notebook["cells"], 1):
            if cell["cell_type"] != "code":
                continue
            count += 1
            code = "".join(cell["source"])
            token = f"{name}-{number}"
            kernel.stdin.write(json.dumps({"commandType": "SubmitCode", "command": {"code": code, "targetKernelName": "csharp"}, "token": token}) + "\n")
            kernel.stdin.flush()
            outputs = []
            while True:
                event = json.loads(events.get(timeout=600))
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
    finally:
        kernel.stdin.close()
        kernel.terminate()
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
