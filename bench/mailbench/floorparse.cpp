// The parsing floor of the mail verification benchmark: GMime alone parsing the same .eml files
// (read, parse into a message, walk every MIME part), no Qt. Prints "parsed N".
//
//   notabene-floorparse FILE...
#include <fcntl.h>
#include <gmime/gmime.h>

#include <cstdio>

namespace {

int parts = 0;

void countPart(GMimeObject *, GMimeObject *, gpointer)
{
    ++parts;
}

} // namespace

int main(int argc, char **argv)
{
    g_mime_init();
    int parsed = 0;
    for (int i = 1; i < argc; ++i) {
        GMimeStream *stream = g_mime_stream_fs_open(argv[i], O_RDONLY, 0, nullptr);
        if (!stream)
            return 2;
        GMimeParser *parser = g_mime_parser_new_with_stream(stream);
        GMimeMessage *message = g_mime_parser_construct_message(parser, nullptr);
        if (message) {
            g_mime_message_foreach(message, countPart, nullptr);
            ++parsed;
            g_object_unref(message);
        }
        g_object_unref(parser);
        g_object_unref(stream);
    }
    std::printf("parsed %d parts %d\n", parsed, parts);
    g_mime_shutdown();
    return parsed == argc - 1 ? 0 : 1;
}
