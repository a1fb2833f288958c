#!/bin/sh
# Writes tests/fixtures/pandoc-md/: the Word reports of tests/fixtures/docx-real/ as
# pandoc writes them in Markdown (its default `markdown` output: grid, multiline and
# simple tables, lines wrapped at 72 columns). The committed files were made by pandoc
# 2.17; the tests read them and do not need pandoc. hnd-hoi-nong-dan is left out: pandoc
# drops its text boxes, and with them who sent it.
set -eu
cd "$(dirname "$0")/.."
for stem in x005-do-luong syt-so-y-te x006-thanh-chuong x004-hoang-mai x002-dien-chau; do
  pandoc "tests/fixtures/docx-real/$stem.docx" -t markdown -o "tests/fixtures/pandoc-md/$stem.md"
done
