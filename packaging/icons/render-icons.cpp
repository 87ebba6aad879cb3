// Renders resources/icons/wabadesk.svg into the PNG sizes, the Windows .ico and the macOS .icns that packaging/
// commits, so that building WabaDesk needs no image tool. Run by packaging/icons/generate.sh, not by the build.
//
// Both containers hold PNG images: ICO since Windows Vista (ICONDIR + ICONDIRENTRY, a width/height byte of 0 meaning
// 256), ICNS since Mac OS X 10.7 (big-endian 'icns' + total length, then type + length + PNG per image).
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QtEndian>

#include <cstdio>
#include <utility>
#include <vector>

namespace {

QByteArray renderPng(const QString& svg, int size)
{
    QImageReader reader(svg);
    reader.setScaledSize(QSize(size, size));
    const QImage image = reader.read().convertToFormat(QImage::Format_ARGB32);
    if (image.isNull()) {
        std::fprintf(stderr, "cannot render %s: %s\n", qPrintable(svg), qPrintable(reader.errorString()));
        std::exit(1);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        std::exit(1);
    }
}

template <typename T>
void append(QByteArray& out, T value) // little endian
{
    value = qToLittleEndian(value);
    out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

template <typename T>
void appendBig(QByteArray& out, T value)
{
    value = qToBigEndian(value);
    out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: render-icons ICON.svg SMALL-ICON.svg OUTDIR\n");
        return 2;
    }
    const QString large = QString::fromLocal8Bit(argv[1]);
    const QString small = QString::fromLocal8Bit(argv[2]); // drawn for 16-24 px: the large one blurs there
    const auto svgFor = [&](int size) {
        return size <= 24 ? small : large;
    };
    const QDir out(QString::fromLocal8Bit(argv[3]));
    QDir().mkpath(out.path());

    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        write(out.filePath(QStringLiteral("wabadesk-%1.png").arg(size)), renderPng(svgFor(size), size));

    // .ico: 16, 24, 32, 48, 64, 256.
    const std::vector<int> icoSizes{16, 24, 32, 48, 64, 256};
    QByteArray ico;
    append<quint16>(ico, 0); // reserved
    append<quint16>(ico, 1); // type: icon
    append<quint16>(ico, quint16(icoSizes.size()));
    std::vector<QByteArray> images;
    quint32 offset = 6 + 16 * quint32(icoSizes.size());
    for (const int size : icoSizes) {
        images.push_back(renderPng(svgFor(size), size));
        ico.append(char(size >= 256 ? 0 : size)); // width
        ico.append(char(size >= 256 ? 0 : size)); // height
        ico.append(char(0));                      // palette colours
        ico.append(char(0));                      // reserved
        append<quint16>(ico, 1);                  // colour planes
        append<quint16>(ico, 32);                 // bits per pixel
        append<quint32>(ico, quint32(images.back().size()));
        append<quint32>(ico, offset);
        offset += quint32(images.back().size());
    }
    for (const QByteArray& image : images)
        ico.append(image);
    write(out.filePath(QStringLiteral("wabadesk.ico")), ico);

    // .icns: the PNG types (Apple's icns format: ic07 128, ic08 256, ic09 512, ic10 1024 = 512@2x, ic11 16@2x,
    // ic12 32@2x, ic13 128@2x, ic14 256@2x, icp4 16, icp5 32, icp6 64).
    const std::vector<std::pair<const char*, int>> icnsTypes{
        {"icp4", 16},   {"icp5", 32}, {"icp6", 64}, {"ic07", 128}, {"ic08", 256}, {"ic09", 512},
        {"ic10", 1024}, {"ic11", 32}, {"ic12", 64}, {"ic13", 256}, {"ic14", 512}};
    QByteArray body;
    for (const auto& [type, size] : icnsTypes) {
        const QByteArray png = renderPng(svgFor(size), size);
        body.append(type, 4);
        appendBig<quint32>(body, quint32(8 + png.size()));
        body.append(png);
    }
    QByteArray icns("icns");
    appendBig<quint32>(icns, quint32(8 + body.size()));
    icns.append(body);
    write(out.filePath(QStringLiteral("wabadesk.icns")), icns);
    return 0;
}
