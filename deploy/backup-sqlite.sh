#!/usr/bin/env bash
# Backs up a live SQLite store (docs/deploy.md, "Backups") with SQLite's online backup API (`sqlite3 .backup`): the copy
# is consistent even while gongkai serves and writes, unlike a plain file copy of a store in WAL mode.
# Usage: deploy/backup-sqlite.sh STORE.db BACKUP.db
set -euo pipefail
if [[ $# -ne 2 ]]; then
  echo "用法：$0 数据库文件 备份文件" >&2
  exit 3
fi
store=$1
backup=$2
command -v sqlite3 >/dev/null 2>&1 || { echo "未找到 sqlite3，请先安装（Debian：apt-get install sqlite3）。" >&2; exit 1; }
[[ -f $store ]] || { echo "数据库文件不存在：$store" >&2; exit 1; }
tmp="$backup.partial"
rm -f "$tmp"
sqlite3 "$store" ".timeout 10000" ".backup '$tmp'"
check=$(sqlite3 "$tmp" "PRAGMA integrity_check;")
[[ $check == ok ]] || { rm -f "$tmp"; echo "备份文件校验失败：$check" >&2; exit 1; }
mv -f "$tmp" "$backup"
echo "已备份 $store → $backup"
