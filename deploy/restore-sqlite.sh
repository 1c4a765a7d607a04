#!/usr/bin/env bash
# Restores a SQLite store from a backup made by backup-sqlite.sh (docs/deploy.md, "Restore"). Stop the service first:
# the store file is replaced, and the old store's -wal/-shm files are removed so that they are not replayed over it.
# The backup is checked before anything is replaced; the replaced store is kept as STORE.before-restore.
# Usage: deploy/restore-sqlite.sh BACKUP.db STORE.db
set -euo pipefail
if [[ $# -ne 2 ]]; then
  echo "用法：$0 备份文件 数据库文件" >&2
  exit 3
fi
backup=$1
store=$2
command -v sqlite3 >/dev/null 2>&1 || { echo "未找到 sqlite3，请先安装（Debian：apt-get install sqlite3）。" >&2; exit 1; }
[[ -f $backup ]] || { echo "备份文件不存在：$backup" >&2; exit 1; }
check=$(sqlite3 "$backup" "PRAGMA integrity_check;")
[[ $check == ok ]] || { echo "备份文件校验失败，未恢复：$check" >&2; exit 1; }
sqlite3 "$backup" "SELECT COUNT(*) FROM schema_migrations;" >/dev/null 2>&1 || { echo "这不是 gongkai 的数据库备份：$backup" >&2; exit 1; }
tmp="$store.restoring"
cp -f "$backup" "$tmp"
if [[ -f $store ]]; then
  mv -f "$store" "$store.before-restore"
fi
rm -f "$store-wal" "$store-shm"
mv -f "$tmp" "$store"
echo "已从 $backup 恢复 $store（原文件保留为 $store.before-restore）。启动服务时会自动升级数据库结构。"
