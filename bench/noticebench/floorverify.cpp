// The verification floor of the notice sync benchmark: a bare libsodium loop over the same
// Ed25519 signatures the client verifies. Input: records of public key (32 bytes), signature
// (64 bytes), message length (4 bytes, little endian) and the message (the DSSE PAE).
// Prints "verified N" and fails if any signature does not verify.
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sodium.h>
#include <vector>

int main(int argc, char **argv)
{
    if (argc != 2 || sodium_init() < 0) {
        std::fprintf(stderr, "usage: notabene-floorverify RECORDS\n");
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    const std::vector<unsigned char> data{std::istreambuf_iterator<char>(in),
                                          std::istreambuf_iterator<char>()};
    std::size_t at = 0;
    long verified = 0;
    while (at + 100 <= data.size()) {
        const unsigned char *key = &data[at];
        const unsigned char *sig = key + 32;
        const std::uint32_t length =
            std::uint32_t(data[at + 96]) | std::uint32_t(data[at + 97]) << 8 |
            std::uint32_t(data[at + 98]) << 16 | std::uint32_t(data[at + 99]) << 24;
        const unsigned char *message = &data[at + 100];
        if (at + 100 + length > data.size())
            return 2;
        if (crypto_sign_verify_detached(sig, message, length, key) != 0) {
            std::fprintf(stderr, "signature %ld does not verify\n", verified);
            return 1;
        }
        ++verified;
        at += 100 + length;
    }
    std::printf("verified %ld\n", verified);
    return 0;
}
