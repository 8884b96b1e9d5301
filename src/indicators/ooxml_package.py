"""Open an Office Open XML package (a .docx) safely: bounded decompression, no DTDs.

A .docx is a zip archive of XML parts. A hostile one can declare or hide huge uncompressed
sizes (a zip bomb) or carry entity definitions that expand without end. Here:

* the archive may hold at most :data:`MAX_MEMBERS` members;
* a part whose *declared* size exceeds :data:`MAX_PART_BYTES` is refused before it is read;
* a part is decompressed in chunks and refused as soon as the *actual* output exceeds
  :data:`MAX_PART_BYTES`, or the parts read so far exceed :data:`MAX_TOTAL_BYTES`, so a
  header that lies about the size cannot exhaust memory either;
* a part with a DTD (``<!DOCTYPE`` or ``<!ENTITY``) is refused: Word never writes one;
* every zip, zlib and XML error becomes a one-line :class:`~indicators.errors.InputError`.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib
from xml.etree import ElementTree as ET

from .errors import InputError

#: Largest uncompressed size of one XML part read (a 1,000-page document.xml is ~30 MB).
MAX_PART_BYTES = 64 * 1024 * 1024
#: Largest uncompressed size of all parts read from one package.
MAX_TOTAL_BYTES = 128 * 1024 * 1024
#: Most members an archive may list.
MAX_MEMBERS = 10_000
_CHUNK = 1 << 20

_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"

#: Zip errors that mean a damaged or truncated archive.
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError)


class Package:
    """The parts of a zip package, read with bounded decompression.

    Parameters
    ----------
    data
        The file's bytes.
    name
        Used in error messages (normally the path).
    what
        What the package should be, for messages (``Word 文档``).

    Examples
    --------
    >>> buf = io.BytesIO()
    >>> with zipfile.ZipFile(buf, "w") as zf:
    ...     zf.writestr("word/document.xml", "<doc/>")
    >>> Package(buf.getvalue(), "r.docx").read("word/document.xml")
    b'<doc/>'
    """

    def __init__(self, data: bytes, name: str, what: str = "Word 文档") -> None:
        self.name = name
        self.what = what
        self._read_total = 0
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except _ZIP_ERRORS:
            raise self.damaged() from None
        if len(infos) > MAX_MEMBERS:
            raise InputError(f"{name}: zip 压缩包内列有 {len(infos)} 个条目，拒绝打开")
        self._infos = {info.filename: info for info in infos}

    def damaged(self, detail: str = "") -> InputError:
        """The error for a damaged or truncated package."""
        extra = f"（{detail}）" if detail else ""
        return InputError(f"{self.name}: {self.what}已损坏或不完整{extra}")

    def has(self, part: str) -> bool:
        """Whether the archive holds ``part``."""
        return part in self._infos

    def read(self, part: str) -> bytes | None:
        """The uncompressed bytes of ``part`` (``None`` if absent), within the size bounds."""
        info = self._infos.get(part)
        if info is None:
            return None
        if info.flag_bits & 0x1:
            raise InputError(f"{self.name}: {self.what}已加密（设有密码保护）")
        if info.file_size > MAX_PART_BYTES or self._read_total + info.file_size > MAX_TOTAL_BYTES:
            raise self._bomb(part)
        chunks: list[bytes] = []
        size = 0
        try:
            with self._zip.open(info) as fh:
                while chunk := fh.read(_CHUNK):
                    size += len(chunk)
                    if size > MAX_PART_BYTES or self._read_total + size > MAX_TOTAL_BYTES:
                        raise self._bomb(part)
                    chunks.append(chunk)
        except InputError:
            raise
        except NotImplementedError:
            raise self.damaged("不支持的压缩方式") from None
        except RuntimeError:
            raise InputError(f"{self.name}: {self.what}已加密（设有密码保护）") from None
        except _ZIP_ERRORS:
            raise self.damaged(f"无法读取 {part}") from None
        self._read_total += size
        return b"".join(chunks)

    def _bomb(self, part: str) -> InputError:
        return InputError(
            f"{self.name}: {part} 解压后超过 {MAX_PART_BYTES // 2**20} MiB"
            "（疑似 zip 炸弹），拒绝读取"
        )

    def xml(self, part: str) -> ET.Element | None:
        """Parse ``part`` as XML (``None`` if absent), refusing DTDs."""
        data = self.read(part)
        if data is None:
            return None
        if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
            raise InputError(f"{self.name}: {part} 声明了 DTD，而 {self.what}从不包含 DTD")
        try:
            return ET.fromstring(data)
        except ET.ParseError as exc:
            raise self.damaged(f"{part}: {exc}") from None

    def relationships(self, part: str) -> dict[str, tuple[str, str]]:
        """``{id: (type, target part)}`` of the relationships of ``part`` ("" for the package)."""
        folder, base = posixpath.split(part)
        rels_part = posixpath.join(folder, "_rels", f"{base}.rels")
        root = self.xml(rels_part)
        out: dict[str, tuple[str, str]] = {}
        if root is None:
            return out
        for rel in root.iter(f"{{{_REL_NS}}}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target", "")
            resolved = (
                target.lstrip("/")
                if target.startswith("/")
                else posixpath.normpath(posixpath.join(folder, target))
            )
            out[rel.get("Id", "")] = (rel.get("Type", ""), resolved)
        return out

    def related(self, part: str, type_suffix: str) -> str | None:
        """The first part related to ``part`` by a relationship type ending in ``type_suffix``."""
        for rel_type, target in self.relationships(part).values():
            if rel_type.endswith(type_suffix):
                return target
        return None
