#!/usr/bin/env python3
"""Fails when a source file includes a header of a later stage of the pipeline.

generator/ holds one folder per stage and main.cpp. A file includes only from its own folder and
from folders of earlier stages, always by folder ("check/claims.h"), so that the include line says
which stage a header belongs to. The order is the README's (Folders):

    core -> registry -> records -> render -> docx -> check -> import -> cli   (main.cpp on top)

Usage: check_includes.py [GENERATOR_DIR]   prints one line per violation, exits 1 if any.
       check_includes.py --self-test          checks the checker on a small tree with violations.
"""
import pathlib
import re
import sys

STAGES = ["core", "registry", "records", "render", "docx", "check", "import", "cli"]
INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"', re.M)


def rank_of(path, root):
    relative = path.relative_to(root)
    if relative.parts == ("main.cpp",):
        return len(STAGES)
    return STAGES.index(relative.parts[0])


def problems_in(root):
    problems = []
    for entry in sorted(root.iterdir()):
        if entry.is_dir() and entry.name in STAGES or entry.name == "main.cpp":
            continue
        problems.append(f"{entry}: generator/ holds only the stage folders and main.cpp")
    for source in sorted(root.rglob("*")):
        if source.suffix not in (".h", ".cpp") or not source.is_file():
            continue
        if len(source.relative_to(root).parts) > 2:
            problems.append(f"{source}: stage folders hold no subfolders")
            continue
        if source.name != "main.cpp" and source.relative_to(root).parts[0] not in STAGES:
            continue
        rank = rank_of(source, root)
        text = source.read_text(encoding="utf-8")
        for match in INCLUDE.finditer(text):
            header = match.group(1)
            line = text.count("\n", 0, match.start()) + 1
            stage = header.split("/")[0]
            if "/" not in header or stage not in STAGES:
                problems.append(f"{source}:{line}: include \"{header}\" by its stage folder (core/..., check/...)")
            elif STAGES.index(stage) > rank:
                problems.append(f"{source}:{line}: {header} belongs to a later stage ({stage}/) than this file")
            elif not (root / header).is_file():
                problems.append(f"{source}:{line}: {header} does not exist")
    return problems


def self_test():
    import tempfile
    with tempfile.TemporaryDirectory() as folder:
        root = pathlib.Path(folder)
        for name, text in {"core/a.h": "", "core/a.cpp": '#include "core/a.h"\n#include "check/b.h"\n',
                           "check/b.h": '#include "core/a.h"\n#include "a.h"\n', "main.cpp": '#include "cli/x.h"\n',
                           "stray.h": ""}.items():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_text(text)
        found = [p.replace(str(root) + "/", "") for p in problems_in(root)]
        expected = [
            "stray.h: generator/ holds only the stage folders and main.cpp",
            'check/b.h:2: include "a.h" by its stage folder (core/..., check/...)',
            "core/a.cpp:2: check/b.h belongs to a later stage (check/) than this file",
            "main.cpp:1: cli/x.h does not exist",
        ]
        if found != expected:
            print("check_includes self-test failed:\n  expected " + repr(expected) + "\n  found    " + repr(found))
            return 1
    print("check_includes self-test: 4 of 4 violations reported")
    return 0


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parents[2] / "generator")
    problems = problems_in(root.resolve())
    for problem in problems:
        print(problem)
    if problems:
        print(f"check_includes: {len(problems)} problem(s); stage order: {' -> '.join(STAGES)}")
        return 1
    print(f"check_includes: every include follows the stage order ({' -> '.join(STAGES)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
