import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { parsePsPidComm, parseTasklistCsv, parseWin32ProcessJson, parseLinuxProcess } from "../../src/host/processes/index.js";
import { parseLsofListen, parseNetstatAno, parseNetTcpConnectionJson, parseProcNetTcp, parseSsListen } from "../../src/host/ports/index.js";
import { appsFromUninstallKeys, parseDesktopEntry, parseDpkgQuery } from "../../src/host/installed-apps/index.js";
import { parseRegQuery } from "../../src/host/windows/registry.js";
import { regQueryOutput } from "../windows/formats.js";
import { makeStandinWorld, type StandinWorld } from "./standin-signer.js";

// Linux parsers are fed the real tools' output for a real stand-in process; the
// Windows/macOS ones are fed output in the documented format of their commands.
describe.runIf(process.platform === "linux")("Linux and lsof parsers on real output", () => {
  let world: StandinWorld;
  let standin: { pid: number; port: number | null };
  beforeAll(async () => {
    world = makeStandinWorld();
    standin = await world.start("answer");
  });
  afterAll(() => world.stopAll());

  it("/proc/net/tcp shows the stand-in's listening socket on 127.0.0.1", () => {
    const rows = parseProcNetTcp(readFileSync("/proc/net/tcp", "utf8"));
    expect(rows).toContainEqual(expect.objectContaining({ address: "127.0.0.1", port: standin.port }));
  });

  it("`ss -ltnpH` names the stand-in's pid and port", () => {
    const out = execFileSync("ss", ["-ltnpH"], { encoding: "utf8" });
    expect(parseSsListen(out)).toContainEqual({ pid: standin.pid, address: "127.0.0.1", port: standin.port });
  });

  it("`lsof -F pn` (the macOS command; same field output on Linux) names the stand-in's port", () => {
    const out = execFileSync("lsof", ["-a", "-p", String(standin.pid), "-iTCP", "-sTCP:LISTEN", "-nP", "-F", "pn"], { encoding: "utf8" });
    expect(parseLsofListen(out)).toEqual([{ pid: standin.pid, address: "127.0.0.1", port: standin.port }]);
  });

  it("`ps -axww -o pid=,comm=` lists the stand-in by its name", () => {
    const out = execFileSync("ps", ["-axww", "-o", "pid=,comm="], { encoding: "utf8" });
    expect(parsePsPidComm(out)).toContainEqual(expect.objectContaining({ pid: standin.pid, name: world.processName }));
  });

  it("/proc/<pid>/comm and cmdline give the name and argv[0]", () => {
    const p = parseLinuxProcess(
      standin.pid,
      readFileSync(`/proc/${standin.pid}/comm`, "utf8"),
      readFileSync(`/proc/${standin.pid}/cmdline`, "utf8"),
    );
    expect(p.name).toBe(world.processName);
    expect(p.argv0).toMatch(new RegExp(`${world.processName}$`));
  });
});

describe("parsers of documented formats", () => {
  it("IPv6 rows of /proc/net/tcp6 decode ::1 and ::, and skip non-listening rows", () => {
    const text = [
      "  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode",
      "   0: 00000000000000000000000001000000:1F90 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 4242 1 0000000000000000 100 0 0 10 0",
      "   1: 00000000000000000000000000000000:0016 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 17 1 0000000000000000 100 0 0 10 0",
      "   2: 00000000000000000000000001000000:1F90 00000000000000000000000001000000:D2F0 01 00000000:00000000 00:00000000 00000000  1000        0 4243 1 0000000000000000 20 4 30 10 -1",
    ].join("\n");
    expect(parseProcNetTcp(text)).toEqual([
      { address: "::1", port: 8080, inode: "4242" },
      { address: "::", port: 22, inode: "17" },
    ]);
  });

  it("Win32_Process via ConvertTo-Json -Compress (array, nulls) and a single object", () => {
    const json =
      '[{"ProcessId":0,"Name":"System Idle Process","ExecutablePath":null},{"ProcessId":4,"Name":"System","ExecutablePath":null},' +
      '{"ProcessId":7312,"Name":"SimaImzalayici.exe","ExecutablePath":"C:\\\\Program Files\\\\SIMA\\\\SimaImzalayici.exe"}]';
    expect(parseWin32ProcessJson(json)).toEqual([
      { pid: 0, name: "System Idle Process", exe: undefined },
      { pid: 4, name: "System", exe: undefined },
      { pid: 7312, name: "SimaImzalayici.exe", exe: "C:\\Program Files\\SIMA\\SimaImzalayici.exe" },
    ]);
    expect(parseWin32ProcessJson('{"ProcessId":7,"Name":"a.exe","ExecutablePath":null}')).toEqual([
      { pid: 7, name: "a.exe", exe: undefined },
    ]);
    expect(parseWin32ProcessJson("")).toEqual([]);
  });

  it("tasklist /fo csv /nh (the fallback when PowerShell is blocked)", () => {
    const text = [
      '"System Idle Process","0","Services","0","8 K"',
      '"System","4","Services","0","3,568 K"',
      '"SimaImzalayici.exe","7312","Console","1","41,220 K"',
      "",
    ].join("\r\n");
    expect(parseTasklistCsv(text)).toEqual([
      { pid: 0, name: "System Idle Process" },
      { pid: 4, name: "System" },
      { pid: 7312, name: "SimaImzalayici.exe" },
    ]);
  });

  it("Get-NetTCPConnection -State Listen via ConvertTo-Json", () => {
    const json =
      '[{"LocalAddress":"::","LocalPort":135,"OwningProcess":1040},{"LocalAddress":"127.0.0.1","LocalPort":64646,"OwningProcess":7312}]';
    expect(parseNetTcpConnectionJson(json)).toEqual([
      { pid: 1040, address: "::", port: 135 },
      { pid: 7312, address: "127.0.0.1", port: 64646 },
    ]);
  });

  it("netstat -ano: listening rows are told by the foreign address, whatever the state word's language", () => {
    const text = [
      "",
      "Active Connections",
      "",
      "  Proto  Local Address          Foreign Address        State           PID",
      "  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       1040",
      "  TCP    127.0.0.1:64646        0.0.0.0:0              LISTENING       7312",
      "  TCP    192.168.1.5:50432      20.42.65.92:443        ESTABLISHED     5120",
      "  TCP    [::1]:64647            [::]:0                 LISTENING       7312",
      "  TCP    127.0.0.1:64648        0.0.0.0:0              ПРОСЛУШИВАНИЕ   7312",
      "  UDP    0.0.0.0:5353           *:*                                    2208",
    ].join("\r\n");
    expect(parseNetstatAno(text)).toEqual([
      { address: "0.0.0.0", port: 135, pid: 1040 },
      { address: "127.0.0.1", port: 64646, pid: 7312 },
      { address: "::1", port: 64647, pid: 7312 },
      { address: "127.0.0.1", port: 64648, pid: 7312 },
    ]);
  });

  it("netstat -ano without a PID column (Wine's) gives sockets with no owner, not wrong owners", () => {
    const text = [
      "",
      "Active Connections",
      "",
      "  Proto  Local Address          Foreign Address        State",
      "  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING",
      "",
    ].join("\r\n");
    expect(parseNetstatAno(text)).toEqual([{ address: "0.0.0.0", port: 135, pid: undefined }]);
  });

  it("lsof -F pn with several processes and address forms", () => {
    const text = ["p312", "f5", "n*:64646", "f6", "n[::1]:64647", "p400", "f9", "n127.0.0.1:8080", ""].join("\n");
    expect(parseLsofListen(text)).toEqual([
      { pid: 312, address: "*", port: 64646 },
      { pid: 312, address: "::1", port: 64647 },
      { pid: 400, address: "127.0.0.1", port: 8080 },
    ]);
  });

  it("macOS ps -axo pid=,comm= gives the executable path", () => {
    const text = "    1 /sbin/launchd\n  312 /Applications/SİMA İmzalayıcı.app/Contents/MacOS/SIMA Imzalayici\n";
    expect(parsePsPidComm(text)).toEqual([
      { pid: 1, name: "launchd", exe: "/sbin/launchd" },
      { pid: 312, name: "SIMA Imzalayici", exe: "/Applications/SİMA İmzalayıcı.app/Contents/MacOS/SIMA Imzalayici" },
    ]);
  });

  it("Uninstall keys as `reg query /s` prints them: one program a subkey with a DisplayName", () => {
    const keys = parseRegQuery(
      regQueryOutput([
        { path: "HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall", values: [] },
        {
          path: "HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{5A1B-SIMA}",
          values: [
            ["DisplayName", "REG_SZ", "SIMA Imzalayici"],
            ["DisplayVersion", "REG_SZ", "2.1.0"],
            ["Publisher", "REG_SZ", "B.EST"],
            ["InstallLocation", "REG_SZ", "C:\\Program Files (x86)\\SIMA\\"],
            ["EstimatedSize", "REG_DWORD", "0x1f40"],
          ],
        },
        {
          path: "HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\KB2565063",
          values: [["SystemComponent", "REG_DWORD", "0x1"]],
        },
      ]),
    );
    expect(appsFromUninstallKeys(keys, "HKLM32")).toEqual([
      {
        name: "SIMA Imzalayici",
        version: "2.1.0",
        publisher: "B.EST",
        location: "C:\\Program Files (x86)\\SIMA\\",
        source: "registry:HKLM32",
      },
    ]);
  });

  it("desktop entries: only the [Desktop Entry] group's Name and its translations", () => {
    const text = "[Desktop Entry]\nName=Online imzalayici\nName[az]=Online imzalayıcı\nExec=x\n[Desktop Action New]\nName=New window\n";
    expect(parseDesktopEntry(text)).toEqual({ name: "Online imzalayici", localizedNames: ["Online imzalayıcı"], exec: "x" });
  });

  it("desktop entries: the program Exec= starts, quoted or not, without its arguments (Desktop Entry Specification)", () => {
    const exec = (line: string) => parseDesktopEntry(`[Desktop Entry]\nName=S\n${line}\n[Desktop Action A]\nExec=/other\n`).exec;
    expect(exec("Exec=/opt/imzalayici/OnlineImzalayici %U")).toBe("/opt/imzalayici/OnlineImzalayici");
    expect(exec('Exec="/opt/SİMA İmzalayıcı/bin/sima" --tray')).toBe("/opt/SİMA İmzalayıcı/bin/sima");
    expect(exec('Exec="/opt/a \\"b\\"/run"')).toBe('/opt/a "b"/run');
    expect(exec("Exec=imzalayici")).toBe("imzalayici");
    expect(exec("Exec=%U")).toBeUndefined();
    expect(exec("")).toBeUndefined();
  });

  it("dpkg-query -W -f '${Package}\\t${Version}\\n'", () => {
    expect(parseDpkgQuery("opensc\t0.23.0-0.3\nsima-imzalayici\t2.1\n")).toEqual([
      { name: "opensc", version: "0.23.0-0.3", source: "dpkg" },
      { name: "sima-imzalayici", version: "2.1", source: "dpkg" },
    ]);
  });
});
