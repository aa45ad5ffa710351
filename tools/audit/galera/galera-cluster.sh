#!/bin/sh
# A throw-away 3-node MariaDB Galera cluster on 127.0.0.1 (KNOWN-GOOD: galera-4 + MariaDB 10.11), for
# tools/audit/galera-chain-proof.ts. Not used by the test suite.
#
#   tools/audit/galera/galera-cluster.sh start   # nodes on ports 33061-33063, root over their sockets
#   tools/audit/galera/galera-cluster.sh stop    # stops them and deletes their data
#
# GALERA_DIR (default /tmp/juki-galera) holds each node's datadir, socket, pid file and log.
set -eu
DIR="${GALERA_DIR:-/tmp/juki-galera}"
PROVIDER=/usr/lib/galera/libgalera_smm.so
CLUSTER="gcomm://127.0.0.1:45671,127.0.0.1:45672,127.0.0.1:45673"

node_conf() {
  n="$1"
  cat <<CONF
[mysqld]
datadir=$DIR/node$n/data
socket=$DIR/node$n/mysqld.sock
pid-file=$DIR/node$n/mysqld.pid
log-error=$DIR/node$n/error.log
port=3306$n
bind-address=127.0.0.1
user=mysql
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
innodb_buffer_pool_size=64M
wsrep_on=ON
wsrep_provider=$PROVIDER
wsrep_cluster_name=juki_galera_proof
wsrep_cluster_address=$CLUSTER
wsrep_node_address=127.0.0.1:4567$n
wsrep_node_name=node$n
wsrep_provider_options=gmcast.listen_addr=tcp://127.0.0.1:4567$n;ist.recv_addr=127.0.0.1:4568$n
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:4444$n
CONF
}

wait_ready() {
  n="$1"
  for _ in $(seq 1 60); do
    state=$(mariadb --socket="$DIR/node$n/mysqld.sock" -uroot -N -e "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2 || true)
    [ "$state" = "Synced" ] && return 0
    sleep 1
  done
  echo "node$n did not become Synced; see $DIR/node$n/error.log" >&2
  return 1
}

start_node() {
  n="$1"; shift
  mkdir -p "$DIR/node$n/data"
  node_conf "$n" > "$DIR/node$n/my.cnf"
  chown -R mysql:mysql "$DIR/node$n"
  if [ ! -d "$DIR/node$n/data/mysql" ]; then
    mariadb-install-db --defaults-file="$DIR/node$n/my.cnf" --user=mysql --auth-root-authentication-method=socket >/dev/null
  fi
  start-stop-daemon --start --background --pidfile "$DIR/node$n/mysqld.pid" --exec /usr/sbin/mariadbd -- --defaults-file="$DIR/node$n/my.cnf" "$@"
  wait_ready "$n"
}

case "${1:-}" in
  start)
    mkdir -p "$DIR"; chown mysql:mysql "$DIR"
    start_node 1 --wsrep-new-cluster
    start_node 2
    start_node 3
    size=$(mariadb --socket="$DIR/node1/mysqld.sock" -uroot -N -e "SHOW STATUS LIKE 'wsrep_cluster_size'" | cut -f2)
    echo "Galera cluster up: $size nodes on 127.0.0.1:33061-33063 (sockets in $DIR/node*/mysqld.sock)"
    ;;
  stop)
    for n in 3 2 1; do
      [ -f "$DIR/node$n/mysqld.pid" ] && start-stop-daemon --stop --retry 30 --pidfile "$DIR/node$n/mysqld.pid" --exec /usr/sbin/mariadbd >/dev/null 2>&1 || true
    done
    rm -rf "$DIR"
    echo "Galera cluster stopped"
    ;;
  *)
    echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
