#!/usr/bin/env bash
# Generates the PDF corpus into artifacts/pdf-corpus (docs/pdf-corpus.md): tools/pdf-corpus.sh [SHARED_CORPUS] [--out DIR] [--per-class N]
exec dotnet run --project "$(dirname "$0")/Gongkai.PdfCorpus" -c Release -- "$@"
