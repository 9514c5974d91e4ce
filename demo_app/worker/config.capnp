# workerd config of the demo's worker: one service running src/worker.js, which imports the shared
# package's modules published into src/shared/ by `m shared build`.
# The module list is generated from src/shared/manifest.json into modules.capnp (beside this file) by
# the demo's runner (demo_app/devserver.py), again after every rebuild that adds or removes a module;
# `workerd serve --watch` reloads when it or any listed module changes.
# The socket's address is a fallback: the runner passes an already-bound loopback socket
# (`workerd serve --watch config.capnp --socket-fd http=FD`).
using Workerd = import "/workerd/workerd.capnp";
using Modules = import "modules.capnp";

const config :Workerd.Config = (
  services = [(name = "main", worker = .worker)],
  sockets = [(name = "http", address = "127.0.0.1:8787", http = (), service = "main")],
);

const worker :Workerd.Worker = (
  modules = Modules.modules,
  compatibilityDate = "2025-09-01",
);
