# Shared by the bench scripts (source it).

# write_block NAME OUTPUT_MD BLOCK: replaces the text between <!-- NAME:begin --> and
# <!-- NAME:end --> in OUTPUT_MD with BLOCK (which carries the markers), or appends BLOCK.
write_block() {
  local name=$1 output=$2 block=$3
  touch "$output"
  python3 - "$name" "$output" "$block" <<'PY'
import re, sys
name, path, block = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(path).read()
pattern = re.compile(r'<!-- %s:begin -->.*?<!-- %s:end -->' % (name, name), re.S)
text = pattern.sub(lambda m: block, text) if pattern.search(text) else text.rstrip('\n') + '\n\n' + block + '\n'
open(path, 'w').write(text)
PY
}

# A free TCP port on loopback.
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
