<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ApiClient</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>O arquivo %1 não existe.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 não é um arquivo comum.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Não é possível ler o arquivo %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a media id.</source>
        <translation>&quot;%1&quot; não é um ID de mídia.</translation>
    </message>
    <message>
        <source>No output file was given.</source>
        <translation>Nenhum arquivo de saída foi informado.</translation>
    </message>
    <message>
        <source>name: only lowercase letters, digits and underscores are allowed</source>
        <translation>name: só são permitidos letras minúsculas, dígitos e sublinhados</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a template name.</source>
        <translation>&quot;%1&quot; não é um nome de modelo.</translation>
    </message>
    <message>
        <source>Nothing to update.</source>
        <translation>Nada para atualizar.</translation>
    </message>
    <message>
        <source>url: &quot;%1&quot; is not an http(s) URL</source>
        <translation>url: &quot;%1&quot; não é uma URL http(s)</translation>
    </message>
    <message>
        <source>No API key is available for this channel.</source>
        <translation>Nenhuma chave de API disponível para este canal.</translation>
    </message>
</context>
<context>
    <name>ApiValues</name>
    <message>
        <source>Abusive content</source>
        <translation>Conteúdo abusivo</translation>
    </message>
    <message>
        <source>Clothing and apparel</source>
        <translation>Vestuário e roupas</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arquivado</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>Automotivo</translation>
    </message>
    <message>
        <source>Beauty, spa and salon</source>
        <translation>Beleza, spa e salão</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Excluído</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educação</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>Entretenimento</translation>
    </message>
    <message>
        <source>Event planning and service</source>
        <translation>Planejamento e serviços de eventos</translation>
    </message>
    <message>
        <source>Finance and banking</source>
        <translation>Finanças e bancos</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Sinalizado</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>Serviço público</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Food and grocery</source>
        <translation>Alimentos e mercearia</translation>
    </message>
    <message>
        <source>Medical and health</source>
        <translation>Medicina e saúde</translation>
    </message>
    <message>
        <source>Hotel and lodging</source>
        <translation>Hotelaria e hospedagem</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Incorrect category</source>
        <translation>Categoria incorreta</translation>
    </message>
    <message>
        <source>Invalid format</source>
        <translation>Formato inválido</translation>
    </message>
    <message>
        <source>In appeal</source>
        <translation>Em recurso</translation>
    </message>
    <message>
        <source>Limit exceeded</source>
        <translation>Limite excedido</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Non-profit</source>
        <translation>Sem fins lucrativos</translation>
    </message>
    <message>
        <source>Not a business</source>
        <translation>Não é uma empresa</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Pending deletion</source>
        <translation>Exclusão pendente</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>Serviços profissionais</translation>
    </message>
    <message>
        <source>Promotional</source>
        <translation>Promocional</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Vermelho</translation>
    </message>
    <message>
        <source>Reinstated</source>
        <translation>Restabelecido</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitado</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>Restaurante</translation>
    </message>
    <message>
        <source>Shopping and retail</source>
        <translation>Compras e varejo</translation>
    </message>
    <message>
        <source>Scam</source>
        <translation>Golpe</translation>
    </message>
    <message>
        <source>Tag and content mismatch</source>
        <translation>Tag e conteúdo incompatíveis</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Travel and transportation</source>
        <translation>Viagens e transporte</translation>
    </message>
    <message>
        <source>Undefined</source>
        <translation>Indefinido</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Utilidade</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Amarelo</translation>
    </message>
</context>
<context>
    <name>ChannelService</name>
    <message>
        <source>The channel is not available.</source>
        <translation>O canal não está disponível.</translation>
    </message>
</context>
<context>
    <name>ConversationText</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Mensagem de voz</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Figurinha</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Unsupported message</source>
        <translation>Mensagem não suportada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A message preview in the conversation list: &quot;Photo: the caption&quot;, &quot;Location: Berlin Zoo&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fechada</translation>
    </message>
    <message numerus="yes">
        <source>%n h left</source>
        <translation>
            <numerusform>resta %n h</numerusform>
            <numerusform>restam %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>resta %n min</numerusform>
            <numerusform>restam %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer service window open until %1: free-form messages can be sent.</source>
        <translation>Janela de atendimento ao cliente aberta até %1: é possível enviar mensagens livres.</translation>
    </message>
    <message>
        <source>The customer has not written yet: start with a template message.</source>
        <translation>O cliente ainda não escreveu: comece com uma mensagem de modelo.</translation>
    </message>
    <message>
        <source>Customer service window closed: only template messages can be sent until the customer writes again.</source>
        <translation>Janela de atendimento ao cliente fechada: só é possível enviar mensagens de modelo até o cliente escrever novamente.</translation>
    </message>
    <message>
        <source>WhatsApp call</source>
        <translation>Chamada do WhatsApp</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>sem número de telefone</translation>
    </message>
</context>
<context>
    <name>EmojiCatalog</name>
    <message>
        <source>Smileys &amp; People</source>
        <translation>Smileys e pessoas</translation>
    </message>
    <message>
        <source>Animals &amp; Nature</source>
        <translation>Animais e natureza</translation>
    </message>
    <message>
        <source>Food &amp; Drink</source>
        <translation>Comidas e bebidas</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Atividades</translation>
    </message>
    <message>
        <source>Travel &amp; Places</source>
        <translation>Viagens e lugares</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Símbolos</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Bandeiras</translation>
    </message>
</context>
<context>
    <name>ErrorExplanations</name>
    <message>
        <source>The server could not be reached, or the connection was lost.</source>
        <translation>Não foi possível acessar o servidor, ou a conexão foi perdida.</translation>
    </message>
    <message>
        <source>A secure connection could not be established (TLS certificate or handshake failure).</source>
        <translation>Não foi possível estabelecer uma conexão segura (falha no certificado TLS ou no handshake).</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>O servidor não respondeu a tempo.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>A solicitação foi cancelada.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not in the expected format.</source>
        <translation>A resposta do servidor não estava no formato esperado.</translation>
    </message>
    <message>
        <source>The request was not sent because it breaks the API&apos;s rules.</source>
        <translation>A solicitação não foi enviada porque viola as regras da API.</translation>
    </message>
    <message>
        <source>The API key was not accepted.</source>
        <translation>A chave de API não foi aceita.</translation>
    </message>
    <message>
        <source>The endpoint is blocked for this channel.</source>
        <translation>O endpoint está bloqueado para este canal.</translation>
    </message>
    <message>
        <source>The server is busy and asks to slow down.</source>
        <translation>O servidor está sobrecarregado e pede para diminuir o ritmo.</translation>
    </message>
    <message>
        <source>The server had an internal error.</source>
        <translation>O servidor teve um erro interno.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>O servidor recusou a solicitação.</translation>
    </message>
    <message>
        <source>Check the internet connection and the channel&apos;s base URL.</source>
        <translation>Verifique a conexão com a internet e a URL base do canal.</translation>
    </message>
    <message>
        <source>Check the system clock and any proxy that intercepts HTTPS.</source>
        <translation>Verifique o relógio do sistema e qualquer proxy que intercepte HTTPS.</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the connection.</source>
        <translation>Tente novamente; se persistir, verifique a conexão.</translation>
    </message>
    <message>
        <source>Check that the base URL points at a 360dialog-compatible API.</source>
        <translation>Verifique se a URL base aponta para uma API compatível com a 360dialog.</translation>
    </message>
    <message>
        <source>Correct the values listed and send again.</source>
        <translation>Corrija os valores listados e envie novamente.</translation>
    </message>
    <message>
        <source>Check the channel&apos;s API key; only the newest key of a channel works.</source>
        <translation>Verifique a chave de API do canal; só a chave mais recente de um canal funciona.</translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation>Aguarde um momento e tente novamente.</translation>
    </message>
    <message>
        <source>Contact 360dialog support if this persists.</source>
        <translation>Entre em contato com o suporte da 360dialog se isso persistir.</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Incoming call · ringing</source>
        <translation>Chamada recebida · tocando</translation>
    </message>
    <message>
        <source>Outgoing call · ringing</source>
        <translation>Chamada efetuada · tocando</translation>
    </message>
    <message>
        <source>Incoming call · answered</source>
        <translation>Chamada recebida · atendida</translation>
    </message>
    <message>
        <source>Outgoing call · answered</source>
        <translation>Chamada efetuada · atendida</translation>
    </message>
    <message>
        <source>Incoming call · %1</source>
        <translation>Chamada recebida · %1</translation>
    </message>
    <message>
        <source>Outgoing call · %1</source>
        <translation>Chamada efetuada · %1</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>Chamada perdida</translation>
    </message>
    <message>
        <source>Outgoing call · not answered</source>
        <translation>Chamada efetuada · não atendida</translation>
    </message>
    <message>
        <source>Outgoing call · declined by the customer</source>
        <translation>Chamada efetuada · recusada pelo cliente</translation>
    </message>
    <message>
        <source>Call failed (%1: %2)</source>
        <translation>Falha na chamada (%1: %2)</translation>
    </message>
    <message>
        <source>Call failed (%1)</source>
        <translation>Falha na chamada (%1)</translation>
    </message>
    <message>
        <source>Allowed calls until %1</source>
        <translation>Permitiu chamadas até %1</translation>
    </message>
    <message>
        <source>Allowed calls</source>
        <translation>Permitiu chamadas</translation>
    </message>
    <message>
        <source>Declined calls</source>
        <translation>Recusou chamadas</translation>
    </message>
    <message>
        <source>Answered a call permission request</source>
        <translation>Respondeu a um pedido de permissão para chamadas</translation>
    </message>
    <message>
        <source>The customer stopped marketing messages</source>
        <translation>O cliente desativou as mensagens de marketing</translation>
    </message>
    <message>
        <source>The customer resumed marketing messages</source>
        <translation>O cliente reativou as mensagens de marketing</translation>
    </message>
    <message>
        <source>The customer signed up for marketing messages</source>
        <translation>O cliente se inscreveu para receber mensagens de marketing</translation>
    </message>
    <message>
        <source>The customer changed their marketing preferences</source>
        <translation>O cliente alterou as preferências de marketing</translation>
    </message>
    <message>
        <source>The group could not be created</source>
        <translation>Não foi possível criar o grupo</translation>
    </message>
    <message>
        <source>The group “%1” was created</source>
        <translation>O grupo “%1” foi criado</translation>
    </message>
    <message>
        <source>The group could not be deleted</source>
        <translation>Não foi possível excluir o grupo</translation>
    </message>
    <message>
        <source>The group was deleted</source>
        <translation>O grupo foi excluído</translation>
    </message>
    <message>
        <source>%1 joined with the invite link</source>
        <translation>Entrada no grupo pelo link de convite: %1</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation>Entrada no grupo: %1</translation>
    </message>
    <message>
        <source>%1 could not be removed</source>
        <translation>Não foi possível remover: %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 saiu do grupo</translation>
    </message>
    <message>
        <source>%1 was removed</source>
        <translation>Remoção do grupo: %1</translation>
    </message>
    <message>
        <source>%1 asked to join</source>
        <translation>%1 pediu para entrar no grupo</translation>
    </message>
    <message>
        <source>%1 withdrew their request to join</source>
        <translation>%1 retirou o pedido para entrar no grupo</translation>
    </message>
    <message>
        <source>The subject is now “%1”</source>
        <translation>O nome do grupo agora é “%1”</translation>
    </message>
    <message>
        <source>the description changed</source>
        <translation>a descrição foi alterada</translation>
    </message>
    <message>
        <source>the picture changed</source>
        <translation>a foto foi alterada</translation>
    </message>
    <message>
        <source>some settings could not be changed</source>
        <translation>não foi possível alterar algumas configurações</translation>
    </message>
    <message>
        <source>The group settings changed</source>
        <translation>As configurações do grupo foram alteradas</translation>
    </message>
    <message>
        <source>WhatsApp suspended the group</source>
        <translation>O WhatsApp suspendeu o grupo</translation>
    </message>
    <message>
        <source>The group&apos;s suspension was lifted</source>
        <translation>A suspensão do grupo foi revogada</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Marketing (MM Lite)</source>
        <translation>Marketing (MM Lite)</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Utilidade</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <source>Authentication (international)</source>
        <translation>Autenticação (internacional)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Free entry point</source>
        <translation>Ponto de entrada gratuito</translation>
    </message>
    <message>
        <source>%1 · charged</source>
        <translation>%1 · cobrada</translation>
    </message>
    <message>
        <source>%1 · free (customer service window)</source>
        <translation>%1 · gratuita (janela de atendimento ao cliente)</translation>
    </message>
    <message>
        <source>%1 · free (entry point, 72 hours)</source>
        <translation>%1 · gratuita (ponto de entrada, 72 horas)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chamada</translation>
    </message>
</context>
<context>
    <name>HistoryPurge</name>
    <message>
        <source>The webhook journal cannot be opened (%1). Stop the running WabaDesk (the app or `wabadesk-cli listen`) or remove the channel there.</source>
        <translation>Não é possível abrir o diário de webhooks (%1). Feche o WabaDesk em execução (o aplicativo ou `wabadesk-cli listen`) ou remova o canal lá.</translation>
    </message>
    <message>
        <source>The store cannot be opened: %1</source>
        <translation>Não é possível abrir o armazenamento: %1</translation>
    </message>
    <message>
        <source>The history could not be deleted from the store: %1</source>
        <translation>Não foi possível excluir o histórico do armazenamento: %1</translation>
    </message>
    <message>
        <source>The webhook journal could not be cleaned: %1</source>
        <translation>Não foi possível limpar o diário de webhooks: %1</translation>
    </message>
    <message>
        <source>The channel&apos;s media folder %1 could not be deleted.</source>
        <translation>Não foi possível excluir a pasta de mídia %1 do canal.</translation>
    </message>
</context>
<context>
    <name>MediaArchiver</name>
    <message>
        <source>no media</source>
        <translation>sem mídia</translation>
    </message>
    <message>
        <source>larger than the archive&apos;s size limit</source>
        <translation>maior que o limite de tamanho do arquivamento</translation>
    </message>
    <message>
        <source>the channel was removed</source>
        <translation>o canal foi removido</translation>
    </message>
</context>
<context>
    <name>MediaCache</name>
    <message>
        <source>This message has no media to fetch.</source>
        <translation>Esta mensagem não tem mídia para baixar.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Não foi possível criar a pasta %1.</translation>
    </message>
</context>
<context>
    <name>MediaTypes</name>
    <message>
        <source>The file is empty.</source>
        <translation>O arquivo está vazio.</translation>
    </message>
    <message>
        <source>%1 files cannot be sent as %2. Supported: %3.</source>
        <translation>Arquivos %1 não podem ser enviados como %2. Aceitos: %3.</translation>
    </message>
    <message>
        <source>Files of unknown type</source>
        <translation>Arquivos de tipo desconhecido</translation>
    </message>
    <message>
        <source>%1 is not a media type WhatsApp accepts (images JPEG/PNG, stickers WebP, audio AAC/AMR/MP3/M4A/OGG, video MP4/3GP, documents PDF/TXT/Office).</source>
        <translation>%1 não é um tipo de mídia aceito pelo WhatsApp (imagens JPEG/PNG, figurinhas WebP, áudio AAC/AMR/MP3/M4A/OGG, vídeo MP4/3GP, documentos PDF/TXT/Office).</translation>
    </message>
    <message>
        <source>This file type</source>
        <translation>Este tipo de arquivo</translation>
    </message>
    <message>
        <source>The file is %1; %2 files may be at most %3.</source>
        <translation>O arquivo tem %1; arquivos %2 podem ter no máximo %3.</translation>
    </message>
</context>
<context>
    <name>MediaValidation</name>
    <message>
        <source>a Windows program</source>
        <translation>um programa do Windows</translation>
    </message>
    <message>
        <source>a Windows installer</source>
        <translation>um instalador do Windows</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>um programa</translation>
    </message>
    <message>
        <source>a program library</source>
        <translation>uma biblioteca de programa</translation>
    </message>
    <message>
        <source>a shell script</source>
        <translation>um script de shell</translation>
    </message>
    <message>
        <source>an Android app</source>
        <translation>um app Android</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>um arquivo compactado ZIP</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>um arquivo compactado 7-Zip</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>um arquivo compactado RAR</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>um arquivo compactado gzip</translation>
    </message>
    <message>
        <source>a tar archive</source>
        <translation>um arquivo compactado tar</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>uma imagem JPEG</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>uma imagem PNG</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>uma imagem WebP</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>uma imagem GIF</translation>
    </message>
    <message>
        <source>a BMP image</source>
        <translation>uma imagem BMP</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>uma imagem TIFF</translation>
    </message>
    <message>
        <source>a HEIF photo</source>
        <translation>uma foto HEIF</translation>
    </message>
    <message>
        <source>a HEIC photo</source>
        <translation>uma foto HEIC</translation>
    </message>
    <message>
        <source>an SVG drawing</source>
        <translation>um desenho SVG</translation>
    </message>
    <message>
        <source>an MP4 video</source>
        <translation>um vídeo MP4</translation>
    </message>
    <message>
        <source>a 3GP video</source>
        <translation>um vídeo 3GP</translation>
    </message>
    <message>
        <source>a QuickTime video</source>
        <translation>um vídeo QuickTime</translation>
    </message>
    <message>
        <source>a Matroska video</source>
        <translation>um vídeo Matroska</translation>
    </message>
    <message>
        <source>a WebM video</source>
        <translation>um vídeo WebM</translation>
    </message>
    <message>
        <source>an AVI video</source>
        <translation>um vídeo AVI</translation>
    </message>
    <message>
        <source>an MP3 audio file</source>
        <translation>um arquivo de áudio MP3</translation>
    </message>
    <message>
        <source>an AAC audio file</source>
        <translation>um arquivo de áudio AAC</translation>
    </message>
    <message>
        <source>an M4A audio file</source>
        <translation>um arquivo de áudio M4A</translation>
    </message>
    <message>
        <source>an AMR audio file</source>
        <translation>um arquivo de áudio AMR</translation>
    </message>
    <message>
        <source>an OGG audio file</source>
        <translation>um arquivo de áudio OGG</translation>
    </message>
    <message>
        <source>an Opus voice recording (OGG)</source>
        <translation>uma gravação de voz Opus (OGG)</translation>
    </message>
    <message>
        <source>an OGG Vorbis audio file</source>
        <translation>um arquivo de áudio OGG Vorbis</translation>
    </message>
    <message>
        <source>a WAV audio file</source>
        <translation>um arquivo de áudio WAV</translation>
    </message>
    <message>
        <source>a FLAC audio file</source>
        <translation>um arquivo de áudio FLAC</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>um documento PDF</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>um arquivo de texto</translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>uma página da web</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>um documento do Word</translation>
    </message>
    <message>
        <source>an Excel spreadsheet</source>
        <translation>uma planilha do Excel</translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation>uma apresentação do PowerPoint</translation>
    </message>
    <message>
        <source>an old Office file</source>
        <translation>um arquivo antigo do Office</translation>
    </message>
    <message>
        <source>a file of unknown type</source>
        <translation>um arquivo de tipo desconhecido</translation>
    </message>
    <message>
        <source>WhatsApp accepts images (JPEG, PNG), stickers (WebP), audio (AAC, AMR, MP3, M4A, OGG Opus), video (MP4, 3GP) and documents (PDF, TXT, Word, Excel, PowerPoint).</source>
        <translation>O WhatsApp aceita imagens (JPEG, PNG), figurinhas (WebP), áudio (AAC, AMR, MP3, M4A, OGG Opus), vídeo (MP4, 3GP) e documentos (PDF, TXT, Word, Excel, PowerPoint).</translation>
    </message>
    <message>
        <source>Images must be JPEG or PNG.</source>
        <translation>As imagens devem ser JPEG ou PNG.</translation>
    </message>
    <message>
        <source>Stickers must be WebP images.</source>
        <translation>As figurinhas devem ser imagens WebP.</translation>
    </message>
    <message>
        <source>Audio must be AAC, AMR, MP3, M4A or OGG (Opus).</source>
        <translation>O áudio deve ser AAC, AMR, MP3, M4A ou OGG (Opus).</translation>
    </message>
    <message>
        <source>Videos must be MP4 or 3GP.</source>
        <translation>Os vídeos devem ser MP4 ou 3GP.</translation>
    </message>
    <message>
        <source>Documents must be PDF, TXT, Word, Excel or PowerPoint files (or JPEG, PNG, MP4, 3GP).</source>
        <translation>Os documentos devem ser arquivos PDF, TXT, Word, Excel ou PowerPoint (ou JPEG, PNG, MP4, 3GP).</translation>
    </message>
    <message>
        <source>“%1” is %2; WhatsApp accepts images up to %3.</source>
        <translation>“%1” tem %2; o WhatsApp aceita imagens de até %3.</translation>
    </message>
    <message>
        <source>“%1” is %2; WhatsApp accepts videos up to %3.</source>
        <translation>“%1” tem %2; o WhatsApp aceita vídeos de até %3.</translation>
    </message>
    <message>
        <source>“%1” is %2; WhatsApp accepts audio files up to %3.</source>
        <translation>“%1” tem %2; o WhatsApp aceita arquivos de áudio de até %3.</translation>
    </message>
    <message>
        <source>“%1” is %2; WhatsApp accepts documents up to %3.</source>
        <translation>“%1” tem %2; o WhatsApp aceita documentos de até %3.</translation>
    </message>
    <message>
        <source>“%1” is %2; WhatsApp accepts animated stickers up to %3.</source>
        <translation>“%1” tem %2; o WhatsApp aceita figurinhas animadas de até %3.</translation>
    </message>
    <message>
        <source>“%1” is %2; WhatsApp accepts stickers up to %3.</source>
        <translation>“%1” tem %2; o WhatsApp aceita figurinhas de até %3.</translation>
    </message>
    <message>
        <source>a file of type “%1”</source>
        <translation>um arquivo do tipo “%1”</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” está vazio.</translation>
    </message>
    <message>
        <source>The content of “%1” is not recognisable as %2 or any other known type.</source>
        <translation>O conteúdo de “%1” não é reconhecível como %2 nem como outro tipo conhecido.</translation>
    </message>
    <message>
        <source>The content of “%1” is not of a recognisable type.</source>
        <translation>O conteúdo de “%1” não é de um tipo reconhecível.</translation>
    </message>
    <message>
        <source>“%1” is %2 (%3), not %4.</source>
        <translation>“%1” é %2 (%3), não %4.</translation>
    </message>
    <message>
        <source>“%1” is %2 (%3); WhatsApp takes OGG audio only with the Opus codec.</source>
        <translation>“%1” é %2 (%3); o WhatsApp só aceita áudio OGG com o codec Opus.</translation>
    </message>
    <message>
        <source>“%1” is %2 (%3) and cannot be sent as %4.</source>
        <translation>“%1” é %2 (%3) e não pode ser enviado como %4.</translation>
    </message>
    <message>
        <source>“%1” is %2 (%3), which WhatsApp does not accept.</source>
        <translation>“%1” é %2 (%3), que o WhatsApp não aceita.</translation>
    </message>
    <message>
        <source>“%1” is %2×%3 pixels; WhatsApp stickers must be %4×%4.</source>
        <translation>“%1” tem %2×%3 pixels; as figurinhas do WhatsApp devem ter %4×%4.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>O arquivo %1 não existe.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 não é um arquivo comum.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Não é possível ler o arquivo %1: %2</translation>
    </message>
</context>
<context>
    <name>MessagePresentation</name>
    <message>
        <source>Unknown date</source>
        <translation>Data desconhecida</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>editada %1</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Antes: %1</translation>
    </message>
    <message>
        <source>Hide previous text</source>
        <translation>Ocultar texto anterior</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Salvar…</translation>
    </message>
    <message>
        <source>Animated sticker</source>
        <translation>Figurinha animada</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Figurinha</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Mensagem de voz</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Open in maps</source>
        <translation>Abrir no mapa</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Cartão de contato</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Tapped a reply button</source>
        <translation>Tocou em um botão de resposta</translation>
    </message>
    <message>
        <source>Chose from a list</source>
        <translation>Escolheu em uma lista</translation>
    </message>
    <message>
        <source>Flow response</source>
        <translation>Resposta de Flow</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respostas</translation>
    </message>
    <message>
        <source>Interactive reply (%1)</source>
        <translation>Resposta interativa (%1)</translation>
    </message>
    <message>
        <source>Reply buttons</source>
        <translation>Botões de resposta</translation>
    </message>
    <message>
        <source>Interactive message (%1)</source>
        <translation>Mensagem interativa (%1)</translation>
    </message>
    <message>
        <source>Forwarded many times</source>
        <translation>Encaminhada com frequência</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Encaminhada</translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <translation>Esta mensagem foi excluída</translation>
    </message>
    <message>
        <source>Show what it said</source>
        <translation>Mostrar o que dizia</translation>
    </message>
    <message>
        <source>Tapped a template button</source>
        <translation>Tocou em um botão do modelo</translation>
    </message>
    <message>
        <source>Template · %1</source>
        <translation>Modelo · %1</translation>
    </message>
    <message>
        <source>Template · %1 (%2)</source>
        <translation>Modelo · %1 (%2)</translation>
    </message>
    <message>
        <source>Template text not available</source>
        <translation>Texto do modelo indisponível</translation>
    </message>
    <message>
        <source>This message type is not supported by the WhatsApp Cloud API</source>
        <translation>Este tipo de mensagem não é suportado pela WhatsApp Cloud API</translation>
    </message>
    <message>
        <source>This message type (%1) is not supported by the WhatsApp Cloud API</source>
        <translation>Este tipo de mensagem (%1) não é suportado pela WhatsApp Cloud API</translation>
    </message>
    <message>
        <source>Only the status of this message is known</source>
        <translation>Só o status desta mensagem é conhecido</translation>
    </message>
    <message>
        <source>Unknown message type “%1”, kept as received</source>
        <translation>Tipo de mensagem desconhecido “%1”, mantido como recebido</translation>
    </message>
    <message>
        <source>Show previous text</source>
        <translation>Mostrar texto anterior</translation>
    </message>
    <message>
        <source>%1 × %2 · %3 %4</source>
        <translation>%1 × %2 · %3 %4</translation>
    </message>
    <message>
        <source>Total %1 %2</source>
        <translation>Total %1 %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 %2 – %3 %4</source>
        <translation>%1 %2 – %3 %4</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chamada</translation>
    </message>
    <message>
        <source>WhatsApp call from the customer</source>
        <translation>Chamada do WhatsApp feita pelo cliente</translation>
    </message>
    <message>
        <source>WhatsApp call to the customer</source>
        <translation>Chamada do WhatsApp para o cliente</translation>
    </message>
    <message>
        <source>A recording and a transcription are in 360dialog&apos;s tools</source>
        <translation>Uma gravação e uma transcrição estão disponíveis nas ferramentas da 360dialog</translation>
    </message>
    <message>
        <source>A recording is in 360dialog&apos;s tools</source>
        <translation>Uma gravação está disponível nas ferramentas da 360dialog</translation>
    </message>
    <message>
        <source>Calls are answered on the phone or in 360dialog&apos;s tools.</source>
        <translation>As chamadas são atendidas no celular ou nas ferramentas da 360dialog.</translation>
    </message>
    <message>
        <source>Answer to a call permission request</source>
        <translation>Resposta a um pedido de permissão para chamadas</translation>
    </message>
    <message>
        <source>The business may call this customer until then.</source>
        <translation>A empresa pode ligar para este cliente até essa data.</translation>
    </message>
    <message>
        <source>Form submitted</source>
        <translation>Formulário enviado</translation>
    </message>
    <message>
        <source>(no answers)</source>
        <translation>(sem respostas)</translation>
    </message>
    <message>
        <source>Show raw JSON</source>
        <translation>Mostrar JSON bruto</translation>
    </message>
    <message>
        <source>Hide raw JSON</source>
        <translation>Ocultar JSON bruto</translation>
    </message>
    <message>
        <source>Sent from the phone · WhatsApp Business app</source>
        <translation>Enviada pelo celular · app WhatsApp Business</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproduzir</translation>
    </message>
    <message>
        <source>Reacted %1 to a message that is not in this history</source>
        <extracomment>A customer&apos;s reaction to a message sent before WabaDesk was installed, or from another tool. %1: the emoji.</extracomment>
        <translation>Reagiu com %1 a uma mensagem que não está neste histórico</translation>
    </message>
</context>
<context>
    <name>MessageSummary</name>
    <message>
        <source>This message was deleted</source>
        <translation>Esta mensagem foi excluída</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Figurinha</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Mensagem de voz</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not delivered (no reason given)</source>
        <translation>Não entregue (sem motivo informado)</translation>
    </message>
    <message>
        <source>Queued: waiting to be sent</source>
        <translation>Na fila: aguardando envio</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lida</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Reproduzida</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Não entregue</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Excluída</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Interactive reply</source>
        <translation>Resposta interativa</translation>
    </message>
    <message>
        <source>Button reply</source>
        <translation>Resposta de botão</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reação</translation>
    </message>
    <message>
        <source>System message</source>
        <translation>Mensagem do sistema</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edição</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Exclusão</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Marketing (lite)</source>
        <translation>Marketing (lite)</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Utilidade</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <source>Authentication (international)</source>
        <translation>Autenticação (internacional)</translation>
    </message>
    <message>
        <source>Ad referral (free entry point)</source>
        <translation>Indicação de anúncio (ponto de entrada gratuito)</translation>
    </message>
    <message>
        <source>per message</source>
        <translation>por mensagem</translation>
    </message>
    <message>
        <source>per conversation</source>
        <translation>por conversa</translation>
    </message>
    <message>
        <source>charged</source>
        <translation>cobrada</translation>
    </message>
    <message>
        <source>free (customer service window)</source>
        <translation>gratuita (janela de atendimento ao cliente)</translation>
    </message>
    <message>
        <source>free (entry point)</source>
        <translation>gratuita (ponto de entrada)</translation>
    </message>
    <message>
        <source>Outcome unknown: the message left, but WabaDesk stopped before WhatsApp answered. It may have reached the customer; it shows as sent if WhatsApp reports it. Retry may send it twice.</source>
        <translation>Resultado desconhecido: a mensagem saiu, mas o WabaDesk foi encerrado antes de o WhatsApp responder. Ela pode ter chegado ao cliente; aparece como enviada se o WhatsApp informar. Tentar novamente pode enviá-la duas vezes.</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconhecido</translation>
    </message>
</context>
<context>
    <name>MessageValidation</name>
    <message>
        <source>is required</source>
        <translation>é obrigatório</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>deve ser uma string</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>não pode ser vazio</translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation>tem %1 caracteres; o limite é %2</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>deve ser um objeto</translation>
    </message>
    <message>
        <source>must be an http(s) URL</source>
        <translation>deve ser uma URL http(s)</translation>
    </message>
    <message>
        <source>is required (the customer&apos;s phone number or wa_id)</source>
        <translation>é obrigatório (o número de telefone do cliente ou o wa_id)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in international format</source>
        <translation>&quot;%1&quot; não é um número de telefone em formato internacional</translation>
    </message>
    <message>
        <source>needs exactly one of &quot;id&quot; or &quot;link&quot;</source>
        <translation>precisa de exatamente um entre &quot;id&quot; e &quot;link&quot;</translation>
    </message>
    <message>
        <source>is not allowed for %1 messages</source>
        <translation>não é permitido em mensagens %1</translation>
    </message>
    <message>
        <source>is only allowed for documents</source>
        <translation>só é permitido para documentos</translation>
    </message>
    <message>
        <source>must be a number between -90 and 90</source>
        <translation>deve ser um número entre -90 e 90</translation>
    </message>
    <message>
        <source>must be a number between -180 and 180</source>
        <translation>deve ser um número entre -180 e 180</translation>
    </message>
    <message>
        <source>must be a non-empty array</source>
        <translation>deve ser um array não vazio</translation>
    </message>
    <message>
        <source>must be YYYY-MM-DD</source>
        <translation>deve estar no formato YYYY-MM-DD</translation>
    </message>
    <message>
        <source>a %1 header is only allowed on reply buttons and URL buttons; lists take a text header</source>
        <translation>um cabeçalho %1 só é permitido em botões de resposta e botões de URL; listas usam um cabeçalho de texto</translation>
    </message>
    <message>
        <source>a media header must not have a caption</source>
        <translation>um cabeçalho de mídia não pode ter legenda</translation>
    </message>
    <message>
        <source>must be text, image, video or document</source>
        <translation>deve ser text, image, video ou document</translation>
    </message>
    <message>
        <source>must have 1 to 3 buttons (has %1)</source>
        <translation>deve ter de 1 a 3 botões (tem %1)</translation>
    </message>
    <message>
        <source>must be &quot;reply&quot;</source>
        <translation>deve ser &quot;reply&quot;</translation>
    </message>
    <message>
        <source>must not start or end with spaces</source>
        <translation>não pode começar nem terminar com espaços</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice; ids must be unique</source>
        <translation>&quot;%1&quot; é usado duas vezes; os ids devem ser únicos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice; titles must be unique</source>
        <translation>&quot;%1&quot; é usado duas vezes; os títulos devem ser únicos</translation>
    </message>
    <message>
        <source>must have 1 to 10 sections (has %1)</source>
        <translation>deve ter de 1 a 10 seções (tem %1)</translation>
    </message>
    <message>
        <source>must have at least one row</source>
        <translation>deve ter pelo menos uma linha</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice; row ids must be unique</source>
        <translation>&quot;%1&quot; é usado duas vezes; os ids de linha devem ser únicos</translation>
    </message>
    <message>
        <source>have %1 rows in total; the limit is 10</source>
        <translation>têm %1 linhas no total; o limite é 10</translation>
    </message>
    <message>
        <source>must be one of button, list, cta_url, location_request_message (is &quot;%1&quot;)</source>
        <translation>deve ser button, list, cta_url ou location_request_message (é &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>is not allowed on a location request</source>
        <translation>não é permitido em uma solicitação de localização</translation>
    </message>
    <message>
        <source>must be &quot;cta_url&quot;</source>
        <translation>deve ser &quot;cta_url&quot;</translation>
    </message>
    <message>
        <source>must be &quot;send_location&quot;</source>
        <translation>deve ser &quot;send_location&quot;</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>deve ser um array</translation>
    </message>
    <message>
        <source>must be header, body or button</source>
        <translation>deve ser header, body ou button</translation>
    </message>
    <message>
        <source>must be the button&apos;s position, 0 to 9</source>
        <translation>deve ser a posição do botão, de 0 a 9</translation>
    </message>
    <message>
        <source>must be at most 20 lowercase letters, digits and underscores</source>
        <translation>deve ter no máximo 20 letras minúsculas, dígitos e sublinhados</translation>
    </message>
    <message>
        <source>must not contain newlines, tabs or more than four consecutive spaces</source>
        <translation>não pode conter quebras de linha, tabulações nem mais de quatro espaços seguidos</translation>
    </message>
    <message>
        <source>is required (an empty string removes the reaction)</source>
        <translation>é obrigatório (uma string vazia remove a reação)</translation>
    </message>
    <message>
        <source>must be a single emoji</source>
        <translation>deve ser um único emoji</translation>
    </message>
    <message>
        <source>must be &quot;whatsapp&quot;</source>
        <translation>deve ser &quot;whatsapp&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a message type the API can send</source>
        <translation>&quot;%1&quot; não é um tipo de mensagem que a API possa enviar</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>deve ser true ou false</translation>
    </message>
    <message>
        <source>must be &quot;read&quot;</source>
        <translation>deve ser &quot;read&quot;</translation>
    </message>
    <message>
        <source>is required (the group id)</source>
        <translation>é obrigatório (o ID do grupo)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be sent to a group</source>
        <translation>&quot;%1&quot; não pode ser enviado a um grupo</translation>
    </message>
</context>
<context>
    <name>PartnerClient</name>
    <message>
        <source>No partner id is set. It is in the Partner Hub&apos;s address and ends in &quot;PA&quot;.</source>
        <translation>Nenhum ID de parceiro definido. Ele está no endereço do Partner Hub e termina em &quot;PA&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partner id.</source>
        <translation>&quot;%1&quot; não é um ID de parceiro.</translation>
    </message>
    <message>
        <source>No Partner API key is available.</source>
        <translation>Nenhuma chave da Partner API disponível.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a client id.</source>
        <translation>&quot;%1&quot; não é um ID de cliente.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel id.</source>
        <translation>&quot;%1&quot; não é um ID de canal.</translation>
    </message>
    <message>
        <source>The period&apos;s start must be before its end.</source>
        <translation>O início do período deve ser anterior ao fim.</translation>
    </message>
</context>
<context>
    <name>PartnerErrors</name>
    <message>
        <source>Not sent</source>
        <translation>Não enviada</translation>
    </message>
    <message>
        <source>Complete the partner settings and try again.</source>
        <translation>Preencha as configurações de parceiro e tente novamente.</translation>
    </message>
    <message>
        <source>360dialog&apos;s Partner API cannot be reached</source>
        <translation>Não é possível acessar a Partner API da 360dialog</translation>
    </message>
    <message>
        <source>The Partner API address did not answer (%1).</source>
        <translation>O endereço da Partner API não respondeu (%1).</translation>
    </message>
    <message>
        <source>The connection failed: %1.</source>
        <translation>A conexão falhou: %1.</translation>
    </message>
    <message>
        <source>Check the internet connection and the Partner API URL, then try again.</source>
        <translation>Verifique a conexão com a internet e a URL da Partner API e tente novamente.</translation>
    </message>
    <message>
        <source>No secure connection to the Partner API</source>
        <translation>Sem conexão segura com a Partner API</translation>
    </message>
    <message>
        <source>The Partner API did not answer in time</source>
        <translation>A Partner API não respondeu a tempo</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the connection.</source>
        <translation>Tente novamente; se persistir, verifique a conexão.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Not a Partner API answer</source>
        <translation>Não é uma resposta da Partner API</translation>
    </message>
    <message>
        <source>The server at the Partner API URL does not answer like 360dialog&apos;s Partner API.</source>
        <translation>O servidor na URL da Partner API não responde como a Partner API da 360dialog.</translation>
    </message>
    <message>
        <source>Check the Partner API URL (normally https://hub.360dialog.io/api/v2).</source>
        <translation>Verifique a URL da Partner API (normalmente https://hub.360dialog.io/api/v2).</translation>
    </message>
    <message>
        <source>The Partner API key was not accepted</source>
        <translation>A chave da Partner API não foi aceita</translation>
    </message>
    <message>
        <source>360dialog refused the Partner API key%1.</source>
        <translation>A 360dialog recusou a chave da Partner API%1.</translation>
    </message>
    <message>
        <source>Generate a key in the Partner Hub (Partner Integration → API Keys), enter it again, and check that the partner id belongs to that account.</source>
        <translation>Gere uma chave no Partner Hub (Partner Integration → API Keys), informe-a novamente e verifique se o ID de parceiro pertence a essa conta.</translation>
    </message>
    <message>
        <source>No permission to generate this channel&apos;s key</source>
        <translation>Sem permissão para gerar a chave deste canal</translation>
    </message>
    <message>
        <source>360dialog does not let this partner generate an API key for the channel%1. This is the case when the client pays 360dialog directly and removed the partner&apos;s access.</source>
        <translation>A 360dialog não permite que este parceiro gere uma chave de API para o canal%1. Isso acontece quando o cliente paga a 360dialog diretamente e removeu o acesso do parceiro.</translation>
    </message>
    <message>
        <source>Ask the client to give you access again, or to generate the key in their Client Hub and add the channel with it (Channel → Add Channel…).</source>
        <translation>Peça ao cliente que lhe dê acesso novamente ou que gere a chave no Client Hub dele e adicione o canal com ela (Canal → Adicionar canal…).</translation>
    </message>
    <message>
        <source>The Partner API key may not do this</source>
        <translation>A chave da Partner API não tem permissão para isso</translation>
    </message>
    <message>
        <source>360dialog refused the request for this key%1.</source>
        <translation>A 360dialog recusou a solicitação para esta chave%1.</translation>
    </message>
    <message>
        <source>Check that the key and the partner id belong to the same partner account.</source>
        <translation>Verifique se a chave e o ID de parceiro pertencem à mesma conta de parceiro.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
    <message>
        <source>360dialog does not know this partner, client or channel%1.</source>
        <translation>A 360dialog não conhece este parceiro, cliente ou canal%1.</translation>
    </message>
    <message>
        <source>Check the partner id: it is in the Partner Hub&apos;s address and ends in &quot;PA&quot;.</source>
        <translation>Verifique o ID de parceiro: ele está no endereço do Partner Hub e termina em &quot;PA&quot;.</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Solicitações demais</translation>
    </message>
    <message>
        <source>360dialog allows 5 balance requests per client in 30 seconds.</source>
        <translation>A 360dialog permite 5 consultas de saldo por cliente a cada 30 segundos.</translation>
    </message>
    <message>
        <source>360dialog asks to slow down.</source>
        <translation>A 360dialog pede para diminuir o ritmo.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Aguarde %n segundo e tente novamente.</numerusform>
            <numerusform>Aguarde %n segundos e tente novamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait half a minute, then try again.</source>
        <translation>Aguarde meio minuto e tente novamente.</translation>
    </message>
    <message>
        <source>360dialog had an internal error</source>
        <translation>A 360dialog teve um erro interno</translation>
    </message>
    <message>
        <source>Try again later; if it persists, contact 360dialog support.</source>
        <translation>Tente novamente mais tarde; se persistir, entre em contato com o suporte da 360dialog.</translation>
    </message>
    <message>
        <source>360dialog refused the request</source>
        <translation>A 360dialog recusou a solicitação</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Only a channel that is ready or running can get a key; check its status in the Partner Hub.</source>
        <translation>Só um canal pronto ou ativo pode receber uma chave; verifique o status dele no Partner Hub.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>O que fazer: %1</translation>
    </message>
</context>
<context>
    <name>PricingReport</name>
    <message>
        <source>%1 %2</source>
        <translation>%2: %1</translation>
    </message>
    <message>
        <source>This month: nothing charged</source>
        <translation>Este mês: nada cobrado</translation>
    </message>
    <message numerus="yes">
        <source>This month: %n charged (%1)</source>
        <translation>
            <numerusform>Este mês: %n cobrada (%1)</numerusform>
            <numerusform>Este mês: %n cobradas (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n free</source>
        <translation>
            <numerusform> · %n gratuita</numerusform>
            <numerusform> · %n gratuitas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilePhoto</name>
    <message>
        <source>This file is not an image WabaDesk can read.</source>
        <translation>Este arquivo não é uma imagem que o WabaDesk consiga ler.</translation>
    </message>
    <message>
        <source>This is a %1 image; WhatsApp takes JPEG or PNG profile photos.</source>
        <translation>Esta é uma imagem %1; o WhatsApp aceita fotos de perfil JPEG ou PNG.</translation>
    </message>
    <message>
        <source>The image could not be read: %1</source>
        <translation>Não foi possível ler a imagem: %1</translation>
    </message>
    <message>
        <source>The image is %1×%2 pixels; a profile photo needs at least %3×%3.</source>
        <translation>A imagem tem %1×%2 pixels; uma foto de perfil precisa de pelo menos %3×%3.</translation>
    </message>
</context>
<context>
    <name>ProfileRules</name>
    <message>
        <source>Not set</source>
        <translation>Não definido</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>Automotivo</translation>
    </message>
    <message>
        <source>Beauty, spa and salon</source>
        <translation>Beleza, spa e salão</translation>
    </message>
    <message>
        <source>Clothing and apparel</source>
        <translation>Vestuário e roupas</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educação</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>Entretenimento</translation>
    </message>
    <message>
        <source>Event planning and service</source>
        <translation>Planejamento e serviços de eventos</translation>
    </message>
    <message>
        <source>Finance and banking</source>
        <translation>Finanças e bancos</translation>
    </message>
    <message>
        <source>Food and grocery</source>
        <translation>Alimentos e mercearia</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>Serviço público</translation>
    </message>
    <message>
        <source>Hotel and lodging</source>
        <translation>Hotelaria e hospedagem</translation>
    </message>
    <message>
        <source>Medical and health</source>
        <translation>Medicina e saúde</translation>
    </message>
    <message>
        <source>Non-profit organisation</source>
        <translation>Organização sem fins lucrativos</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>Serviços profissionais</translation>
    </message>
    <message>
        <source>Shopping and retail</source>
        <translation>Compras e varejo</translation>
    </message>
    <message>
        <source>Travel and transportation</source>
        <translation>Viagens e transporte</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>Restaurante</translation>
    </message>
    <message>
        <source>Not a business</source>
        <translation>Não é uma empresa</translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation>tem %1 caracteres; o limite é %2</translation>
    </message>
    <message>
        <source>at most %1 are allowed (%2 given)</source>
        <translation>no máximo %1 são permitidos (%2 informados)</translation>
    </message>
    <message>
        <source>&quot;%1…&quot; is %2 characters long; the limit is %3</source>
        <translation>&quot;%1…&quot; tem %2 caracteres; o limite é %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with http:// or https://</source>
        <translation>&quot;%1&quot; deve começar com http:// ou https://</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>cannot be empty</source>
        <translation>não pode ficar vazio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>&quot;%1&quot; não é um endereço de e-mail</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; não é um dos valores %2</translation>
    </message>
    <message>
        <source>the upload gave no handle</source>
        <translation>o carregamento não retornou um identificador</translation>
    </message>
    <message>
        <source>cannot be emptied once set; write something else instead</source>
        <translation>não pode ser esvaziado depois de definido; escreva outra coisa</translation>
    </message>
    <message>
        <source>must be a JPEG or PNG image (this is %1)</source>
        <translation>deve ser uma imagem JPEG ou PNG (este arquivo é %1)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>is %1 MB; the limit is %2 MB</source>
        <translation>tem %1 MB; o limite é %2 MB</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vazio</translation>
    </message>
    <message>
        <source>is %1×%2 pixels; it needs at least %3×%3</source>
        <translation>tem %1×%2 pixels; precisa de pelo menos %3×%3</translation>
    </message>
</context>
<context>
    <name>ProfileValidation</name>
    <message>
        <source>%1: must be a string</source>
        <translation>%1: deve ser uma string</translation>
    </message>
    <message>
        <source>messaging_product: must be &quot;whatsapp&quot;</source>
        <translation>messaging_product: deve ser &quot;whatsapp&quot;</translation>
    </message>
    <message>
        <source>websites: must be a list</source>
        <translation>websites: deve ser uma lista</translation>
    </message>
    <message>
        <source>websites: every entry must be a string</source>
        <translation>websites: cada entrada deve ser uma string</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Sample uploaded</source>
        <translation>Exemplo carregado</translation>
    </message>
    <message>
        <source>*%1* is your verification code. For your security, do not share this code.</source>
        <translation>*%1* é o seu código de verificação. Para sua segurança, não compartilhe este código.</translation>
    </message>
    <message>
        <source>*%1* is your verification code.</source>
        <translation>*%1* é seu código de verificação.</translation>
    </message>
    <message numerus="yes">
        <source>This code expires in %n minute(s).</source>
        <translation>
            <numerusform>Este código expira em %n minuto.</numerusform>
            <numerusform>Este código expira em %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy offer code</source>
        <translation>Copiar código da oferta</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
</context>
<context>
    <name>QuickReplyLibrary</name>
    <message>
        <source>Give the reply a shortcut, e.g. /thanks.</source>
        <translation>Dê um atalho à resposta, p. ex., /obrigado.</translation>
    </message>
    <message>
        <source>A shortcut is one word: no spaces and no &quot;/&quot; inside.</source>
        <translation>Um atalho é uma só palavra: sem espaços e sem &quot;/&quot; no meio.</translation>
    </message>
    <message>
        <source>A shortcut can have at most %1 characters.</source>
        <translation>Um atalho pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>/%1 is already the shortcut of another reply.</source>
        <translation>/%1 já é o atalho de outra resposta.</translation>
    </message>
    <message>
        <source>Write the text the shortcut puts in the message.</source>
        <translation>Escreva o texto que o atalho insere na mensagem.</translation>
    </message>
    <message>
        <source>The text has %1 characters; WhatsApp takes at most %2.</source>
        <translation>O texto tem %1 caracteres; o WhatsApp aceita no máximo %2.</translation>
    </message>
    <message>
        <source>No message store is open.</source>
        <translation>Nenhum banco de mensagens está aberto.</translation>
    </message>
    <message>
        <source>The quick reply could not be saved: %1</source>
        <translation>Não foi possível salvar a resposta rápida: %1</translation>
    </message>
    <message>
        <source>The quick reply could not be removed: %1</source>
        <translation>Não foi possível remover a resposta rápida: %1</translation>
    </message>
    <message>
        <source>This quick reply no longer exists.</source>
        <translation>Esta resposta rápida não existe mais.</translation>
    </message>
    <message>
        <source>The quick replies could not be reordered: %1</source>
        <translation>Não foi possível reordenar as respostas rápidas: %1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain has no entry for this channel.</source>
        <translation>O chaveiro não tem nenhuma entrada para este canal.</translation>
    </message>
    <message>
        <source>No keychain is available on this system (on Linux: no Secret Service such as GNOME Keyring or KWallet is running).</source>
        <translation>Nenhum chaveiro disponível neste sistema (no Linux: nenhum Secret Service, como GNOME Keyring ou KWallet, está em execução).</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>O acesso ao chaveiro foi negado.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>O chaveiro não respondeu a tempo.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>O chaveiro relatou um erro.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (e mais %n)</numerusform>
            <numerusform> (e mais %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>this journal record was already ingested</source>
        <translation>este registro do diário já foi processado</translation>
    </message>
    <message>
        <source>could not be stored: %1</source>
        <translation>não foi possível armazenar: %1</translation>
    </message>
    <message>
        <source>every event in it was already stored</source>
        <translation>todos os eventos dele já estavam armazenados</translation>
    </message>
    <message>
        <source>cannot create the data folder %1</source>
        <translation>não é possível criar a pasta de dados %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>não é possível abrir %1: %2</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>não é possível preparar %1: %2</translation>
    </message>
    <message>
        <source>no store location given</source>
        <translation>nenhum local de armazenamento informado</translation>
    </message>
    <message>
        <source>the Qt SQL driver %1 is not installed</source>
        <translation>o driver Qt SQL %1 não está instalado</translation>
    </message>
    <message>
        <source>the team database runs PostgreSQL %1; WabaDesk needs 12 or newer</source>
        <translation>o banco de dados da equipe usa PostgreSQL %1; o WabaDesk precisa da versão 12 ou mais recente</translation>
    </message>
    <message>
        <source>this WabaDesk cannot open this kind of database</source>
        <translation>esta versão do WabaDesk não consegue abrir este tipo de banco de dados</translation>
    </message>
    <message>
        <source>not a PostgreSQL address: postgresql://user@host:port/database expected</source>
        <translation>não é um endereço PostgreSQL: esperado postgresql://usuario@host:porta/banco</translation>
    </message>
    <message>
        <source>the address of a team database must not contain a password; WabaDesk keeps it in the system keychain</source>
        <translation>o endereço de um banco de dados de equipe não pode conter uma senha; o WabaDesk a guarda no chaveiro do sistema</translation>
    </message>
    <message>
        <source>several hosts in one address are not supported: %1</source>
        <translation>vários hosts em um endereço não são suportados: %1</translation>
    </message>
    <message>
        <source>%1 is not a connection parameter</source>
        <translation>%1 não é um parâmetro de conexão</translation>
    </message>
    <message>
        <source>the connection parameter %1 cannot contain &apos;;&apos;</source>
        <translation>o parâmetro de conexão %1 não pode conter &quot;;&quot;</translation>
    </message>
    <message>
        <source>%1 is not a port number</source>
        <translation>%1 não é um número de porta</translation>
    </message>
</context>
<context>
    <name>TemplateLanguages</name>
    <message>
        <source>Afrikaans</source>
        <translation>Africâner</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>Albanês</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Arabic (Egypt)</source>
        <translation>Árabe (Egito)</translation>
    </message>
    <message>
        <source>Arabic (Lebanon)</source>
        <translation>Árabe (Líbano)</translation>
    </message>
    <message>
        <source>Arabic (Morocco)</source>
        <translation>Árabe (Marrocos)</translation>
    </message>
    <message>
        <source>Arabic (Qatar)</source>
        <translation>Árabe (Catar)</translation>
    </message>
    <message>
        <source>Arabic (UAE)</source>
        <translation>Árabe (EAU)</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>Azerbaijano</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>Bielorrusso</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>Bengali</translation>
    </message>
    <message>
        <source>Bengali (India)</source>
        <translation>Bengali (Índia)</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Búlgaro</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Catalão</translation>
    </message>
    <message>
        <source>Chinese (China)</source>
        <translation>Chinês (China)</translation>
    </message>
    <message>
        <source>Chinese (Hong Kong)</source>
        <translation>Chinês (Hong Kong)</translation>
    </message>
    <message>
        <source>Chinese (Taiwan)</source>
        <translation>Chinês (Taiwan)</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Croata</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tcheco</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dinamarquês</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Holandês</translation>
    </message>
    <message>
        <source>Dutch (Belgium)</source>
        <translation>Holandês (Bélgica)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <source>English (Australia)</source>
        <translation>Inglês (Austrália)</translation>
    </message>
    <message>
        <source>English (Canada)</source>
        <translation>Inglês (Canadá)</translation>
    </message>
    <message>
        <source>English (Ghana)</source>
        <translation>Inglês (Gana)</translation>
    </message>
    <message>
        <source>English (India)</source>
        <translation>Inglês (Índia)</translation>
    </message>
    <message>
        <source>English (Ireland)</source>
        <translation>Inglês (Irlanda)</translation>
    </message>
    <message>
        <source>English (Jamaica)</source>
        <translation>Inglês (Jamaica)</translation>
    </message>
    <message>
        <source>English (Malaysia)</source>
        <translation>Inglês (Malásia)</translation>
    </message>
    <message>
        <source>English (New Zealand)</source>
        <translation>Inglês (Nova Zelândia)</translation>
    </message>
    <message>
        <source>English (Qatar)</source>
        <translation>Inglês (Catar)</translation>
    </message>
    <message>
        <source>English (Singapore)</source>
        <translation>Inglês (Singapura)</translation>
    </message>
    <message>
        <source>English (South Africa)</source>
        <translation>Inglês (África do Sul)</translation>
    </message>
    <message>
        <source>English (UAE)</source>
        <translation>Inglês (EAU)</translation>
    </message>
    <message>
        <source>English (UK)</source>
        <translation>Inglês (Reino Unido)</translation>
    </message>
    <message>
        <source>English (US)</source>
        <translation>Inglês (EUA)</translation>
    </message>
    <message>
        <source>English (Uganda)</source>
        <translation>Inglês (Uganda)</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Estoniano</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>Filipino</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finlandês</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francês</translation>
    </message>
    <message>
        <source>French (Belgium)</source>
        <translation>Francês (Bélgica)</translation>
    </message>
    <message>
        <source>French (Canada)</source>
        <translation>Francês (Canadá)</translation>
    </message>
    <message>
        <source>French (Ivory Coast)</source>
        <translation>Francês (Costa do Marfim)</translation>
    </message>
    <message>
        <source>French (Morocco)</source>
        <translation>Francês (Marrocos)</translation>
    </message>
    <message>
        <source>French (Switzerland)</source>
        <translation>Francês (Suíça)</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>Georgiano</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemão</translation>
    </message>
    <message>
        <source>German (Austria)</source>
        <translation>Alemão (Áustria)</translation>
    </message>
    <message>
        <source>German (Switzerland)</source>
        <translation>Alemão (Suíça)</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Grego</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation>Guzerate</translation>
    </message>
    <message>
        <source>Hausa</source>
        <translation>Hauçá</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebraico</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Híndi</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Húngaro</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonésio</translation>
    </message>
    <message>
        <source>Irish</source>
        <translation>Irlandês</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonês</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>Canarês</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Cazaque</translation>
    </message>
    <message>
        <source>Kinyarwanda</source>
        <translation>Kinyarwanda</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>Quirguiz</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>Laosiano</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Letão</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Lituano</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>Macedônio</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>Malaio</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>Malaiala</translation>
    </message>
    <message>
        <source>Marathi</source>
        <translation>Marati</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norueguês</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>Pashto</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persa</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polonês</translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation>Português (Brasil)</translation>
    </message>
    <message>
        <source>Portuguese (Portugal)</source>
        <translation>Português (Portugal)</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>Punjabi</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Romeno</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russo</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Sérvio</translation>
    </message>
    <message>
        <source>Sinhala</source>
        <translation>Cingalês</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Eslovaco</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Esloveno</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espanhol</translation>
    </message>
    <message>
        <source>Spanish (Argentina)</source>
        <translation>Espanhol (Argentina)</translation>
    </message>
    <message>
        <source>Spanish (Chile)</source>
        <translation>Espanhol (Chile)</translation>
    </message>
    <message>
        <source>Spanish (Colombia)</source>
        <translation>Espanhol (Colômbia)</translation>
    </message>
    <message>
        <source>Spanish (Costa Rica)</source>
        <translation>Espanhol (Costa Rica)</translation>
    </message>
    <message>
        <source>Spanish (Dominican Republic)</source>
        <translation>Espanhol (República Dominicana)</translation>
    </message>
    <message>
        <source>Spanish (Ecuador)</source>
        <translation>Espanhol (Equador)</translation>
    </message>
    <message>
        <source>Spanish (Honduras)</source>
        <translation>Espanhol (Honduras)</translation>
    </message>
    <message>
        <source>Spanish (Mexico)</source>
        <translation>Espanhol (México)</translation>
    </message>
    <message>
        <source>Spanish (Panama)</source>
        <translation>Espanhol (Panamá)</translation>
    </message>
    <message>
        <source>Spanish (Peru)</source>
        <translation>Espanhol (Peru)</translation>
    </message>
    <message>
        <source>Spanish (Spain)</source>
        <translation>Espanhol (Espanha)</translation>
    </message>
    <message>
        <source>Spanish (Uruguay)</source>
        <translation>Espanhol (Uruguai)</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Suaíli</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Sueco</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Tâmil</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>Télugo</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Tailandês</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turco</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ucraniano</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>Uzbeque</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <source>Zulu</source>
        <translation>Zulu</translation>
    </message>
</context>
<context>
    <name>TemplateNotice</name>
    <message>
        <source>Meta will change the category to %1 on %2</source>
        <translation>A Meta vai alterar a categoria para %1 em %2</translation>
    </message>
    <message>
        <source>Meta changed the category to %1 on %2</source>
        <translation>A Meta alterou a categoria para %1 em %2</translation>
    </message>
    <message>
        <source>Meta changed the category from %1 to %2 on %3</source>
        <translation>A Meta alterou a categoria de %1 para %2 em %3</translation>
    </message>
    <message>
        <source>Meta changed the content on %1; the next refresh shows it</source>
        <translation>A Meta alterou o conteúdo em %1; ele aparece na próxima atualização</translation>
    </message>
    <message numerus="yes">
        <source>Variables: numbered (%n)</source>
        <translation>
            <numerusform>Variáveis: numeradas (%n)</numerusform>
            <numerusform>Variáveis: numeradas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Variables: named (%1)</source>
        <translation>Variáveis: nomeadas (%1)</translation>
    </message>
</context>
<context>
    <name>TemplateRules</name>
    <message>
        <source>Give the template a name.</source>
        <translation>Dê um nome ao modelo.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; the limit is 512.</source>
        <translation>O nome tem %1 caracteres; o limite é 512.</translation>
    </message>
    <message>
        <source>Use only lower-case letters, digits and underscores in the name (&quot;%1&quot; is not allowed).</source>
        <translation>Use somente letras minúsculas, dígitos e sublinhados no nome (&quot;%1&quot; não é permitido).</translation>
    </message>
    <message>
        <source>Choose a category: MARKETING, UTILITY or AUTHENTICATION.</source>
        <translation>Escolha uma categoria: MARKETING, UTILITY ou AUTHENTICATION.</translation>
    </message>
    <message>
        <source>Choose a language.</source>
        <translation>Escolha um idioma.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of WhatsApp&apos;s template language codes (like en_US, de, pt_BR).</source>
        <translation>&quot;%1&quot; não é um dos códigos de idioma de modelos do WhatsApp (como en_US, de, pt_BR).</translation>
    </message>
    <message>
        <source>parameter_format must be POSITIONAL or NAMED, not &quot;%1&quot;.</source>
        <translation>parameter_format deve ser POSITIONAL ou NAMED, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The template has no components.</source>
        <translation>O modelo não tem componentes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a component type; use HEADER, BODY, FOOTER or BUTTONS.</source>
        <translation>&quot;%1&quot; não é um tipo de componente; use HEADER, BODY, FOOTER ou BUTTONS.</translation>
    </message>
    <message>
        <source>A template has at most one %1.</source>
        <translation>Um modelo tem no máximo um %1.</translation>
    </message>
    <message>
        <source>Write the body text; it is required.</source>
        <translation>Escreva o texto do corpo; ele é obrigatório.</translation>
    </message>
    <message>
        <source>The body is %1 characters long; the limit is 1,024.</source>
        <translation>O corpo tem %1 caracteres; o limite é 1.024.</translation>
    </message>
    <message>
        <source>The header format must be TEXT, IMAGE, VIDEO, DOCUMENT or LOCATION (error 2388047).</source>
        <translation>O formato do cabeçalho deve ser TEXT, IMAGE, VIDEO, DOCUMENT ou LOCATION (erro 2388047).</translation>
    </message>
    <message>
        <source>A text header needs text.</source>
        <translation>Um cabeçalho de texto precisa de texto.</translation>
    </message>
    <message>
        <source>The header is %1 characters long; the limit is 60.</source>
        <translation>O cabeçalho tem %1 caracteres; o limite é 60.</translation>
    </message>
    <message>
        <source>A header can have at most one variable.</source>
        <translation>Um cabeçalho pode ter no máximo uma variável.</translation>
    </message>
    <message>
        <source>The footer is %1 characters long; the limit is 60.</source>
        <translation>O rodapé tem %1 caracteres; o limite é 60.</translation>
    </message>
    <message>
        <source>The footer cannot contain variables (error 2388073).</source>
        <translation>O rodapé não pode conter variáveis (erro 2388073).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a variable; write {{1}} or {{snake_case_name}} with both pairs of braces.</source>
        <translation>&quot;%1&quot; não é uma variável; escreva {{1}} ou {{snake_case_name}} com os dois pares de chaves.</translation>
    </message>
    <message>
        <source>Use either numbered variables ({{1}}) or named ones ({{first_name}}), not both.</source>
        <translation>Use variáveis numeradas ({{1}}) ou nomeadas ({{first_name}}), não ambas.</translation>
    </message>
    <message>
        <source>Number the variables {{1}}, {{2}}, … in sequence without gaps ({{%1}} is missing).</source>
        <translation>Numere as variáveis {{1}}, {{2}}, … em sequência, sem lacunas (falta {{%1}}).</translation>
    </message>
    <message>
        <source>The variables are %1 but the template&apos;s parameter format is %2.</source>
        <translation>As variáveis são %1, mas o formato de parâmetros do modelo pede variáveis %2.</translation>
    </message>
    <message>
        <source>{{%1}}: named variables are lower-case letters, digits and underscores, starting with a letter, at most 20 characters.</source>
        <translation>{{%1}}: variáveis nomeadas usam letras minúsculas, dígitos e sublinhados, começam com uma letra e têm no máximo 20 caracteres.</translation>
    </message>
    <message>
        <source>The body cannot start or end with a variable; add words before and after it (error 2388299).</source>
        <translation>O corpo não pode começar nem terminar com uma variável; adicione palavras antes e depois dela (erro 2388299).</translation>
    </message>
    <message>
        <source>Two variables are next to each other; put words or punctuation between them (rejected as INVALID_FORMAT).</source>
        <translation>Há duas variáveis lado a lado; coloque palavras ou pontuação entre elas (rejeitado como INVALID_FORMAT).</translation>
    </message>
    <message>
        <source>Too many variables for the length of the text: %1 variables and %2 words (error 2388293).</source>
        <translation>Variáveis demais para o tamanho do texto: %1 variáveis e %2 palavras (erro 2388293).</translation>
    </message>
    <message>
        <source>Give a sample value for the body variable {{%1}}.</source>
        <translation>Informe um valor de exemplo para a variável do corpo {{%1}}.</translation>
    </message>
    <message>
        <source>example.body_text must be a list inside a list: [[&quot;sample 1&quot;, &quot;sample 2&quot;]].</source>
        <translation>example.body_text deve ser uma lista dentro de uma lista: [[&quot;exemplo 1&quot;, &quot;exemplo 2&quot;]].</translation>
    </message>
    <message>
        <source>Give a sample value for the header variable {{%1}}.</source>
        <translation>Informe um valor de exemplo para a variável do cabeçalho {{%1}}.</translation>
    </message>
    <message>
        <source>Upload a sample %1 for the header; Meta reviews the template with it.</source>
        <translation>Carregue um exemplo de %1 para o cabeçalho; a Meta analisa o modelo com ele.</translation>
    </message>
    <message>
        <source>A template has 1 to 10 buttons, not %1.</source>
        <translation>Um modelo tem de 1 a 10 botões, não %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a button type this app supports.</source>
        <translation>&quot;%1&quot; não é um tipo de botão compatível com este app.</translation>
    </message>
    <message>
        <source>Give the button a label.</source>
        <translation>Dê um rótulo ao botão.</translation>
    </message>
    <message>
        <source>The button label is %1 characters long; the limit is 25.</source>
        <translation>O rótulo do botão tem %1 caracteres; o limite é 25.</translation>
    </message>
    <message>
        <source>Keep the quick replies together, all before or all after the other buttons (&quot;invalid combination&quot;).</source>
        <translation>Mantenha as respostas rápidas juntas, todas antes ou todas depois dos outros botões (&quot;invalid combination&quot;).</translation>
    </message>
    <message>
        <source>A template has at most 2 URL buttons.</source>
        <translation>Um modelo tem no máximo 2 botões de URL.</translation>
    </message>
    <message>
        <source>Give an http(s) address of at most 2,000 characters.</source>
        <translation>Informe um endereço http(s) de no máximo 2.000 caracteres.</translation>
    </message>
    <message>
        <source>A URL can have one variable, {{1}}, and only at its end.</source>
        <translation>Uma URL pode ter uma variável, {{1}}, e somente no final.</translation>
    </message>
    <message>
        <source>Give a sample of the full address for the URL variable.</source>
        <translation>Informe um exemplo do endereço completo para a variável da URL.</translation>
    </message>
    <message>
        <source>A template has at most 1 phone number button.</source>
        <translation>Um modelo tem no máximo 1 botão de número de telefone.</translation>
    </message>
    <message>
        <source>Give the phone number in international form, e.g. +15550051310 (up to 20 characters).</source>
        <translation>Informe o número de telefone no formato internacional, por exemplo +15550051310 (até 20 caracteres).</translation>
    </message>
    <message>
        <source>A leading zero after the country code is removed by WhatsApp; check the number.</source>
        <translation>O WhatsApp remove um zero inicial após o código do país; verifique o número.</translation>
    </message>
    <message>
        <source>A template has at most 1 copy code button.</source>
        <translation>Um modelo tem no máximo 1 botão de copiar código.</translation>
    </message>
    <message>
        <source>Give a sample code of 1 to 15 characters for the copy code button.</source>
        <translation>Informe um código de exemplo de 1 a 15 caracteres para o botão de copiar código.</translation>
    </message>
    <message>
        <source>One-time password buttons belong to AUTHENTICATION templates only.</source>
        <translation>Botões de senha de uso único são exclusivos de modelos AUTHENTICATION.</translation>
    </message>
    <message>
        <source>The one-time password button must be COPY_CODE, ONE_TAP or ZERO_TAP.</source>
        <translation>O botão de senha de uso único deve ser COPY_CODE, ONE_TAP ou ZERO_TAP.</translation>
    </message>
    <message>
        <source>One-tap and zero-tap buttons need 1 to 5 Android apps, each with a package name and an 11-character signature hash.</source>
        <translation>Botões de um toque e de toque zero precisam de 1 a 5 apps Android, cada um com um nome de pacote e um hash de assinatura de 11 caracteres.</translation>
    </message>
    <message>
        <source>Authentication templates have no header.</source>
        <translation>Modelos de autenticação não têm cabeçalho.</translation>
    </message>
    <message>
        <source>Authentication templates have exactly one button: the one-time password button.</source>
        <translation>Modelos de autenticação têm exatamente um botão: o de senha de uso único.</translation>
    </message>
    <message>
        <source>WhatsApp writes the body of authentication templates (&quot;{{1}} is your verification code.&quot;); this text is ignored.</source>
        <translation>O WhatsApp escreve o corpo dos modelos de autenticação (&quot;{{1}} é seu código de verificação.&quot;); este texto é ignorado.</translation>
    </message>
    <message>
        <source>The code expiry must be 1 to 90 minutes.</source>
        <translation>A validade do código deve ser de 1 a 90 minutos.</translation>
    </message>
    <message>
        <source>Sales wording (&quot;%1&quot;) in a UTILITY template is usually rejected as PROMOTIONAL; use MARKETING.</source>
        <translation>Linguagem de vendas (&quot;%1&quot;) em um modelo UTILITY costuma ser rejeitada como PROMOTIONAL; use MARKETING.</translation>
    </message>
    <message>
        <source>numbered</source>
        <translation>numeradas</translation>
    </message>
    <message>
        <source>named</source>
        <translation>nomeadas</translation>
    </message>
</context>
<context>
    <name>TestEvent</name>
    <message>
        <source>Test event from the WabaDesk webhook inspector (%1)</source>
        <translation>Evento de teste do inspetor de webhooks do WabaDesk (%1)</translation>
    </message>
</context>
<context>
    <name>WebhookParser</name>
    <message>
        <source>expected %1, got %2</source>
        <extracomment>%1 is what was expected (&quot;a string&quot;, &quot;an array&quot;, …), %2 what came (also untranslated JSON type names)</extracomment>
        <translation>esperado %1, recebido %2</translation>
    </message>
    <message>
        <source>the body is %1, not an object</source>
        <translation>o corpo é %1, não um objeto</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <extracomment>%1 is Qt&apos;s description of the JSON error, %2 a byte offset</extracomment>
        <translation>não é JSON: %1 no byte %2</translation>
    </message>
    <message>
        <source>the body is a JSON array, not an object</source>
        <translation>o corpo é um array JSON, não um objeto</translation>
    </message>
    <message>
        <source>object is %1, not whatsapp_business_account</source>
        <translation>object é %1, não whatsapp_business_account</translation>
    </message>
    <message>
        <source>entry is %1, not an array</source>
        <translation>entry é %1, não um array</translation>
    </message>
    <message>
        <source>neither a Cloud API envelope (object, entry) nor the On-Premise shape (messages, statuses)</source>
        <translation>nem um envelope da Cloud API (object, entry) nem o formato On-Premise (messages, statuses)</translation>
    </message>
</context>
<context>
    <name>WebhookUrlRules</name>
    <message>
        <source>Enter the URL where 360dialog should deliver webhooks.</source>
        <translation>Informe a URL para a qual a 360dialog deve entregar os webhooks.</translation>
    </message>
    <message>
        <source>This is not a well-formed URL (expected e.g. https://hooks.example.com/whatsapp).</source>
        <translation>Esta URL não está bem formada (esperado, por exemplo, https://hooks.example.com/whatsapp).</translation>
    </message>
    <message>
        <source>The URL must use https:// (360dialog only delivers to HTTPS with a valid certificate).</source>
        <translation>A URL deve usar https:// (a 360dialog só entrega para HTTPS com um certificado válido).</translation>
    </message>
    <message>
        <source>The host name must not contain &quot;_&quot; (&quot;%1&quot;).</source>
        <translation>O nome do host não pode conter &quot;_&quot; (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The URL must not contain a port (&quot;:%1&quot;); 360dialog delivers to port 443 only.</source>
        <translation>A URL não pode conter uma porta (&quot;:%1&quot;); a 360dialog entrega somente na porta 443.</translation>
    </message>
    <message>
        <source>The URL must not contain a user name or password; use an Authorization header instead.</source>
        <translation>A URL não pode conter nome de usuário nem senha; use um cabeçalho Authorization.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>WabaDesk</source>
        <translation>WabaDesk</translation>
    </message>
    <message>
        <source>The demo channel&apos;s webhook could not be set: %1</source>
        <translation>Não foi possível configurar o webhook do canal de demonstração: %1</translation>
    </message>
    <message>
        <source>Desktop client for WhatsApp Business through 360dialog.</source>
        <translation>Cliente desktop para WhatsApp Business via 360dialog.</translation>
    </message>
    <message>
        <source>Run against a local sandbox that behaves like 360dialog (no real messages, nothing saved, the system keychain untouched).</source>
        <translation>Executar com um sandbox local que se comporta como a 360dialog (nenhuma mensagem real, nada salvo, o chaveiro do sistema intocado).</translation>
    </message>
    <message>
        <source>Keep channels and history in DIR (default: $WABADESK_DATA_DIR, else the user&apos;s data directory).</source>
        <translation>Manter canais e histórico em DIR (padrão: $WABADESK_DATA_DIR; senão, a pasta de dados do usuário).</translation>
    </message>
    <message>
        <source>No temporary directory for the demo: %1</source>
        <translation>Nenhuma pasta temporária para a demonstração: %1</translation>
    </message>
    <message>
        <source>The demo sandbox could not be started: %1</source>
        <translation>Não foi possível iniciar o sandbox de demonstração: %1</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>motivo desconhecido</translation>
    </message>
    <message>
        <source>The message store could not be opened: %1</source>
        <translation>Não foi possível abrir o banco de mensagens: %1</translation>
    </message>
    <message>
        <source>Demo channel (sandbox)</source>
        <translation>Canal de demonstração (sandbox)</translation>
    </message>
    <message>
        <source>The demo channel could not be added: %1</source>
        <translation>Não foi possível adicionar o canal de demonstração: %1</translation>
    </message>
</context>
<context>
    <name>wabadesk::SingleInstance</name>
    <message>
        <source>Another WabaDesk is starting and holds %1.</source>
        <translation>Outra instância do WabaDesk está sendo iniciada e está usando %1.</translation>
    </message>
    <message>
        <source>WabaDesk is already running for this data directory but does not answer.</source>
        <translation>O WabaDesk já está em execução para esta pasta de dados, mas não responde.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Não é possível escutar em %1: %2</translation>
    </message>
</context>
<context>
    <name>wabadesk::api::ApiClient</name>
    <message>
        <source>Marketing Messages Lite sends templates only.</source>
        <translation>O Marketing Messages Lite só envia modelos.</translation>
    </message>
</context>
<context>
    <name>wabadesk::channels::ChannelService</name>
    <message>
        <source>The base URL cannot be reached: %1. Check the URL, or whether the server is running.</source>
        <translation>Não é possível acessar a URL base: %1. Verifique a URL ou se o servidor está em execução.</translation>
    </message>
    <message>
        <source>The network failed while checking: %1. Check the connection and try again.</source>
        <translation>A rede falhou durante a verificação: %1. Verifique a conexão e tente novamente.</translation>
    </message>
    <message>
        <source>The server at this base URL does not answer like the 360dialog API.</source>
        <translation>O servidor nesta URL base não responde como a API da 360dialog.</translation>
    </message>
    <message>
        <source>The API key was not accepted. Check that you pasted the whole key and that it is the channel&apos;s newest one.</source>
        <translation>A chave de API não foi aceita. Verifique se você colou a chave inteira e se ela é a mais recente do canal.</translation>
    </message>
    <message>
        <source>The server at this base URL does not answer like the 360dialog API (HTTP %1).</source>
        <translation>O servidor nesta URL base não responde como a API da 360dialog (HTTP %1).</translation>
    </message>
    <message>
        <source>360dialog refused the request: %1</source>
        <translation>A 360dialog recusou a solicitação: %1</translation>
    </message>
    <message>
        <source>The base URL must be an http(s) URL, e.g. https://waba-v2.360dialog.io.</source>
        <translation>A URL base deve ser uma URL http(s), por exemplo https://waba-v2.360dialog.io.</translation>
    </message>
    <message>
        <source>Paste the channel&apos;s API key.</source>
        <translation>Cole a chave de API do canal.</translation>
    </message>
    <message>
        <source>The API key must not contain spaces or line breaks.</source>
        <translation>A chave de API não pode conter espaços nem quebras de linha.</translation>
    </message>
    <message>
        <source>A channel named &quot;%1&quot; exists already.</source>
        <translation>Já existe um canal chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This number is already set up as &quot;%1&quot;. To use a new key, rotate that channel&apos;s key.</source>
        <translation>Este número já está configurado como &quot;%1&quot;. Para usar uma nova chave, troque a chave desse canal.</translation>
    </message>
    <message>
        <source>The channel settings could not be written to %1.</source>
        <translation>Não foi possível gravar as configurações do canal em %1.</translation>
    </message>
    <message>
        <source>There is no such channel.</source>
        <translation>Esse canal não existe.</translation>
    </message>
    <message>
        <source>Paste the new API key.</source>
        <translation>Cole a nova chave de API.</translation>
    </message>
    <message>
        <source>This key belongs to another number (%1), not to &quot;%2&quot;.</source>
        <translation>Esta chave pertence a outro número (%1), não a &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The key was replaced, but the webhook could not be re-applied: %1</source>
        <translation>A chave foi substituída, mas não foi possível reaplicar o webhook: %1</translation>
    </message>
    <message>
        <source>the channel is gone</source>
        <translation>o canal não existe mais</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name.</source>
        <translation>&quot;%1&quot; não é um nome de cabeçalho válido.</translation>
    </message>
    <message>
        <source>The value of header %1 must not contain line breaks.</source>
        <translation>O valor do cabeçalho %1 não pode conter quebras de linha.</translation>
    </message>
    <message>
        <source>The keychain holds no API key for &quot;%1&quot;. Rotate the key to enter it again.</source>
        <translation>O chaveiro não tem nenhuma chave de API para &quot;%1&quot;. Troque a chave para informá-la novamente.</translation>
    </message>
    <message>
        <source>Give the channel a name.</source>
        <translation>Dê um nome ao canal.</translation>
    </message>
    <message>
        <source>The channel&apos;s history could not be deleted: %1</source>
        <translation>Não foi possível excluir o histórico do canal: %1</translation>
    </message>
</context>
<context>
    <name>wabadesk::media::UploadQueue</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Não é possível ler o arquivo %1: %2</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Não foi possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>The copy of %1 could not be written: %2</source>
        <translation>Não foi possível gravar a cópia de %1: %2</translation>
    </message>
    <message>
        <source>The channel was removed.</source>
        <translation>O canal foi removido.</translation>
    </message>
</context>
<context>
    <name>wabadesk::outbox::MessageSender</name>
    <message>
        <source>The message is empty.</source>
        <translation>A mensagem está vazia.</translation>
    </message>
    <message>
        <source>Choose the message to react to.</source>
        <translation>Escolha a mensagem à qual reagir.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Não é possível ler o arquivo %1.</translation>
    </message>
    <message>
        <source>A caption can only go with a photo, a video or a document.</source>
        <translation>Uma legenda só pode acompanhar uma foto, um vídeo ou um documento.</translation>
    </message>
    <message>
        <source>This is not an interactive message.</source>
        <translation>Esta não é uma mensagem interativa.</translation>
    </message>
    <message>
        <source>This is not a template message.</source>
        <translation>Esta não é uma mensagem de modelo.</translation>
    </message>
    <message>
        <source>This conversation does not exist.</source>
        <translation>Esta conversa não existe.</translation>
    </message>
    <message>
        <source>The 24-hour window is closed: the customer has not written in the last 24 hours. Only an approved template can be sent now.</source>
        <translation>A janela de 24 horas está fechada: o cliente não escreveu nas últimas 24 horas. Agora só é possível enviar um modelo aprovado.</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>A mensagem não foi enviada: %1</translation>
    </message>
    <message>
        <source>The message could not be saved: %1</source>
        <translation>Não foi possível salvar a mensagem: %1</translation>
    </message>
    <message>
        <source>The 24-hour window is closed: send an approved template instead of retrying.</source>
        <translation>A janela de 24 horas está fechada: envie um modelo aprovado em vez de tentar novamente.</translation>
    </message>
    <message>
        <source>This message is not waiting for a retry.</source>
        <translation>Esta mensagem não está aguardando uma nova tentativa.</translation>
    </message>
    <message>
        <source>The message could not be queued again: %1</source>
        <translation>Não foi possível colocar a mensagem na fila novamente: %1</translation>
    </message>
    <message>
        <source>Only messages sent from WabaDesk can be sent again from here.</source>
        <translation>Somente mensagens enviadas pelo WabaDesk podem ser reenviadas daqui.</translation>
    </message>
    <message>
        <source>WabaDesk has no phone number or user id for this customer, so it cannot write to them.</source>
        <translation>O WabaDesk não tem número de telefone nem ID de usuário deste cliente, então não pode escrever para ele.</translation>
    </message>
    <message>
        <source>Groups take text, media and templates only: this message cannot be sent to a group.</source>
        <translation>Grupos só aceitam texto, mídia e modelos: esta mensagem não pode ser enviada a um grupo.</translation>
    </message>
    <message>
        <source>The customer asked not to receive marketing messages (WhatsApp told WabaDesk on %1). Send a utility template, or wait until they resume.</source>
        <translation>O cliente pediu para não receber mensagens de marketing (o WhatsApp informou o WabaDesk em %1). Envie um modelo de utilidade ou aguarde até que ele volte a aceitá-las.</translation>
    </message>
</context>
<context>
    <name>wabadesk::outbox::OutboxSender</name>
    <message numerus="yes">
        <source> — gave up after %n attempt(s)</source>
        <translation>
            <numerusform> — abandonada após %n tentativa</numerusform>
            <numerusform> — abandonada após %n tentativas</numerusform>
        </translation>
    </message>
    <message>
        <source>The file to send no longer exists: %1</source>
        <translation>O arquivo a enviar não existe mais: %1</translation>
    </message>
    <message>
        <source>The channel was removed.</source>
        <translation>O canal foi removido.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::AddChannelDialog</name>
    <message>
        <source>Enter the base URL, e.g. https://waba-v2.360dialog.io.</source>
        <translation>Informe a URL base, por exemplo https://waba-v2.360dialog.io.</translation>
    </message>
    <message>
        <source>This is not an http(s) URL, e.g. https://waba-v2.360dialog.io.</source>
        <translation>Esta não é uma URL http(s), como https://waba-v2.360dialog.io.</translation>
    </message>
    <message>
        <source>Over http:// the API key travels unencrypted. Use https:// unless this is a test server on your own network.</source>
        <translation>Via http://, a chave de API trafega sem criptografia. Use https://, a menos que este seja um servidor de teste na sua própria rede.</translation>
    </message>
    <message>
        <source>This is the legacy On-Premise API, which Meta ended on 23 October 2025.</source>
        <translation>Esta é a API On-Premise legada, que a Meta encerrou em 23 de outubro de 2025.</translation>
    </message>
    <message>
        <source>360dialog &amp;Cloud API</source>
        <translation>360dialog &amp;Cloud API</translation>
    </message>
    <message>
        <source>360dialog &amp;sandbox</source>
        <translation>&amp;Sandbox da 360dialog</translation>
    </message>
    <message>
        <source>C&amp;ustom base URL:</source>
        <translation>URL base &amp;personalizada:</translation>
    </message>
    <message>
        <source>Add Channel</source>
        <translation>Adicionar canal</translation>
    </message>
    <message>
        <source>Add a WhatsApp number</source>
        <translation>Adicionar um número do WhatsApp</translation>
    </message>
    <message>
        <source>Paste the number&apos;s API key from the 360dialog Hub. WabaDesk checks it at once, names the channel from what 360dialog reports, and keeps the key in this computer&apos;s keychain, never in a file.</source>
        <translation>Cole a chave de API do número, obtida no 360dialog Hub. O WabaDesk a verifica na hora, dá ao canal o nome informado pela 360dialog e guarda a chave no chaveiro deste computador, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation>URL base personalizada</translation>
    </message>
    <message>
        <source>%1 — live numbers (the usual choice)</source>
        <translation>%1 — números reais (a opção usual)</translation>
    </message>
    <message>
        <source>%1 — 360dialog&apos;s test number</source>
        <translation>%1 — número de teste da 360dialog</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>Paste the D360-API-KEY</source>
        <translation>Cole a D360-API-KEY</translation>
    </message>
    <message>
        <source>Shown as dots. WabaDesk never writes it to a file, a log or the clipboard.</source>
        <translation>Exibida como pontos. O WabaDesk nunca a grava em um arquivo, em um log nem na área de transferência.</translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation>Nome do canal</translation>
    </message>
    <message>
        <source>Optional: named from the API otherwise</source>
        <translation>Opcional: senão, nomeado pela API</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Serviço:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Chave de API:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Checking the key with 360dialog…</source>
        <translation>Verificando a chave com a 360dialog…</translation>
    </message>
    <message>
        <source>Check and &amp;Add</source>
        <translation>Verificar e &amp;adicionar</translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>Sem chaveiro</translation>
    </message>
    <message>
        <source>Keychain Failed</source>
        <translation>Falha no chaveiro</translation>
    </message>
    <message>
        <source>The key is correct, but this computer has no keychain to keep it in.</source>
        <translation>A chave está correta, mas este computador não tem um chaveiro para guardá-la.</translation>
    </message>
    <message>
        <source>The key is correct, but the keychain could not store it.</source>
        <translation>A chave está correta, mas o chaveiro não conseguiu armazená-la.</translation>
    </message>
    <message>
        <source>WabaDesk keeps API keys only in the system keychain (on Linux a Secret Service such as GNOME Keyring or KWallet), and none is available.</source>
        <translation>O WabaDesk guarda chaves de API somente no chaveiro do sistema (no Linux, um Secret Service como GNOME Keyring ou KWallet), e nenhum está disponível.</translation>
    </message>
    <message>
        <source>WabaDesk keeps API keys only in the system keychain (on Linux a Secret Service such as GNOME Keyring or KWallet). It answered: %1</source>
        <translation>O WabaDesk guarda chaves de API somente no chaveiro do sistema (no Linux, um Secret Service como GNOME Keyring ou KWallet). Ele respondeu: %1</translation>
    </message>
    <message>
        <source>WabaDesk never writes a key to a file instead.

You can keep the key in memory for this run only: the channel works until you quit WabaDesk, and you add it again next time. To keep it, install or unlock a keychain and add the channel again.</source>
        <translation>O WabaDesk nunca grava uma chave em um arquivo como alternativa.

Você pode manter a chave na memória somente nesta execução: o canal funciona até você sair do WabaDesk, e você o adiciona novamente da próxima vez. Para mantê-la, instale ou desbloqueie um chaveiro e adicione o canal novamente.</translation>
    </message>
    <message>
        <source>Keep the Key for This Run Only</source>
        <translation>Manter a chave só nesta execução</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::AddToWabaDeskDialog</name>
    <message>
        <source>New Key for %1</source>
        <translation>Nova chave para %1</translation>
    </message>
    <message>
        <source>Add %1 to WabaDesk</source>
        <translation>Adicionar %1 ao WabaDesk</translation>
    </message>
    <message>
        <source>Give “%1” a new key</source>
        <translation>Dar uma nova chave a “%1”</translation>
    </message>
    <message>
        <source>Add “%1” to WabaDesk</source>
        <translation>Adicionar “%1” ao WabaDesk</translation>
    </message>
    <message>
        <source>WabaDesk&apos;s channel “%1” gets the new key, and the webhooks WabaDesk set for it are set again.</source>
        <translation>O canal “%1” do WabaDesk recebe a nova chave, e os webhooks que o WabaDesk configurou para ele são configurados novamente.</translation>
    </message>
    <message>
        <source>WabaDesk checks the new key, keeps it in this computer&apos;s keychain and adds the number as a channel.</source>
        <translation>O WabaDesk verifica a nova chave, a guarda no chaveiro deste computador e adiciona o número como canal.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Generating a key revokes the number&apos;s current key.&lt;/b&gt; 360dialog keeps only the newest key: whatever uses the current one — another app, another desk — stops working at once, and 360dialog resets the number&apos;s webhook.&lt;/p&gt;&lt;p&gt;%1 The key is never shown.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Gerar uma chave revoga a chave atual do número.&lt;/b&gt; A 360dialog mantém só a chave mais recente: tudo o que usa a atual — outro app, outra estação de atendimento — para de funcionar imediatamente, e a 360dialog redefine o webhook do número.&lt;/p&gt;&lt;p&gt;%1 A chave nunca é exibida.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Número:</translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation>Nome do canal</translation>
    </message>
    <message>
        <source>&amp;Name in WabaDesk:</source>
        <translation>&amp;Nome no WabaDesk:</translation>
    </message>
    <message>
        <source>Send its webhooks to this desk&apos;s listener (%1)</source>
        <translation>Enviar os webhooks dele para o receptor deste WabaDesk (%1)</translation>
    </message>
    <message>
        <source>Webhook:</source>
        <translation>Webhook:</translation>
    </message>
    <message>
        <source>In WabaDesk:</source>
        <translation>No WabaDesk:</translation>
    </message>
    <message>
        <source>Generating the key and checking it…</source>
        <translation>Gerando e verificando a chave…</translation>
    </message>
    <message>
        <source>&amp;Generate New Key</source>
        <translation>&amp;Gerar nova chave</translation>
    </message>
    <message>
        <source>&amp;Generate Key and Add</source>
        <translation>&amp;Gerar chave e adicionar</translation>
    </message>
    <message>
        <source>&amp;Show Channel</source>
        <translation>&amp;Mostrar canal</translation>
    </message>
    <message>
        <source>&lt;b&gt;No key was generated: the keychain cannot keep one.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Nothing changed at 360dialog; the current key still works.</source>
        <translation>&lt;b&gt;Nenhuma chave foi gerada: o chaveiro não consegue guardá-la.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Nada mudou na 360dialog; a chave atual continua funcionando.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Added “%1”.&lt;/b&gt; Its new key (%2) is in the keychain; the old key no longer works.</source>
        <translation>&lt;b&gt;“%1” adicionado.&lt;/b&gt; A nova chave dele (%2) está no chaveiro; a chave antiga não funciona mais.</translation>
    </message>
    <message>
        <source>&lt;b&gt;“%1” has a new key (%2).&lt;/b&gt; The old key no longer works.</source>
        <translation>&lt;b&gt;“%1” tem uma nova chave (%2).&lt;/b&gt; A chave antiga não funciona mais.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A new key was generated, but WabaDesk could not keep it.&lt;/b&gt; %1&lt;br&gt;The number&apos;s old key no longer works. Fix the problem above, then generate a key again.</source>
        <translation>&lt;b&gt;Uma nova chave foi gerada, mas o WabaDesk não conseguiu guardá-la.&lt;/b&gt; %1&lt;br&gt;A chave antiga do número não funciona mais. Corrija o problema acima e gere uma chave novamente.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;The webhook was not set:&lt;/b&gt; %1&lt;br&gt;&lt;i&gt;Set it in the channel&apos;s Webhooks tab.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;b&gt;O webhook não foi configurado:&lt;/b&gt; %1&lt;br&gt;&lt;i&gt;Configure-o na aba Webhooks do canal.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Webhook set: %1.</source>
        <translation>&lt;br&gt;Webhook configurado: %1.</translation>
    </message>
    <message>
        <source>&lt;br&gt;No webhook is set yet: 360dialog delivers no messages for this number until one is. Set it in the channel&apos;s Webhooks tab.</source>
        <translation>&lt;br&gt;Nenhum webhook configurado ainda: a 360dialog não entrega mensagens deste número até que um seja configurado. Configure-o na aba Webhooks do canal.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ApplyToChannelsDialog</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Apply Profile to Other Channels</source>
        <translation>Aplicar perfil a outros canais</translation>
    </message>
    <message>
        <source>Copy fields of the saved profile of %1 to other channels. Only fields that differ are sent, with the same checks as Save, and each change is logged.</source>
        <translation>Copie campos do perfil salvo de %1 para outros canais. Só os campos diferentes são enviados, com as mesmas verificações de Salvar, e cada alteração é registrada.</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>The photo is not copied: choose it on each channel.</source>
        <translation>A foto não é copiada: escolha-a em cada canal.</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canais</translation>
    </message>
    <message>
        <source>Target channels</source>
        <translation>Canais de destino</translation>
    </message>
    <message>
        <source>Done. Results are shown next to each channel.</source>
        <translation>Concluído. Os resultados são exibidos ao lado de cada canal.</translation>
    </message>
    <message>
        <source>%1 — applying…</source>
        <translation>%1 — aplicando…</translation>
    </message>
    <message numerus="yes">
        <source>Applying to %n channel(s)…</source>
        <translation>
            <numerusform>Aplicando a %n canal…</numerusform>
            <numerusform>Aplicando a %n canais…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — updated: %2</source>
        <extracomment>%1: channel, %2: the fields changed.</extracomment>
        <translation>%1 — atualizado: %2</translation>
    </message>
    <message>
        <source>%1 — already the same, nothing sent</source>
        <translation>%1 — já é igual, nada enviado</translation>
    </message>
    <message>
        <source>%1 — refused: %2</source>
        <translation>%1 — recusado: %2</translation>
    </message>
    <message>
        <source>%1 — failed: %2</source>
        <translation>%1 — falhou: %2</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::AttachmentBar</name>
    <message>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Figurinha</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remover %1</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Remover anexo</translation>
    </message>
    <message>
        <source>%1 · uploaded, media id %2</source>
        <translation>%1 · carregado, ID de mídia %2</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::AttachmentFiles</name>
    <message>
        <source>“%1” is not a file.</source>
        <translation>“%1” não é um arquivo.</translation>
    </message>
    <message>
        <source>“%1” cannot be sent. %2</source>
        <translation>“%1” não pode ser enviado. %2</translation>
    </message>
    <message>
        <source>The pasted image could not be saved in %1.</source>
        <translation>Não foi possível salvar a imagem colada em %1.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ChannelActions</name>
    <message>
        <source>&amp;Add Channel…</source>
        <translation>&amp;Adicionar canal…</translation>
    </message>
    <message>
        <source>&amp;Rotate Key…</source>
        <translation>&amp;Trocar chave…</translation>
    </message>
    <message>
        <source>Re&amp;move Channel…</source>
        <translation>&amp;Remover canal…</translation>
    </message>
    <message>
        <source>Add a WhatsApp number with its 360dialog API key (%1)</source>
        <translation>Adicionar um número do WhatsApp com a chave de API da 360dialog (%1)</translation>
    </message>
    <message>
        <source>Replace the current channel&apos;s API key with a new one</source>
        <translation>Substituir a chave de API do canal atual por uma nova</translation>
    </message>
    <message>
        <source>Remove the current channel and its key from this computer</source>
        <translation>Remover o canal atual e a chave dele deste computador</translation>
    </message>
    <message>
        <source>Added “%1”; its key is kept for this run only.</source>
        <translation>“%1” adicionado; a chave é mantida só nesta execução.</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>“%1” adicionado.</translation>
    </message>
    <message>
        <source>Key of “%1” replaced.</source>
        <translation>Chave de “%1” substituída.</translation>
    </message>
    <message>
        <source>Remove Channel</source>
        <translation>Remover canal</translation>
    </message>
    <message>
        <source>Remove “%1” (%2) from WabaDesk?</source>
        <translation>Remover “%1” (%2) do WabaDesk?</translation>
    </message>
    <message>
        <source>WabaDesk deletes the channel&apos;s API key and webhook secrets from the keychain and forgets its settings. Nothing changes at 360dialog: the number, its key and its webhook stay as they are there.</source>
        <translation>O WabaDesk exclui do chaveiro a chave de API e os segredos de webhook do canal e esquece as configurações dele. Nada muda na 360dialog: o número, a chave e o webhook continuam como estão lá.</translation>
    </message>
    <message>
        <source>Also delete this channel&apos;s local history</source>
        <translation>Excluir também o histórico local deste canal</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>“%1” removido.</translation>
    </message>
    <message>
        <source>“%1” was not removed.</source>
        <translation>“%1” não foi removido.</translation>
    </message>
    <message>
        <source>Channel &amp;Settings…</source>
        <translation>C&amp;onfigurações do canal…</translation>
    </message>
    <message>
        <source>Name, API key, webhooks and removal of the current channel</source>
        <translation>Nome, chave de API, webhooks e remoção do canal atual</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ChannelErrorText</name>
    <message>
        <source>The API key was not accepted</source>
        <translation>A chave de API não foi aceita</translation>
    </message>
    <message>
        <source>The base URL cannot be reached</source>
        <translation>Não é possível acessar a URL base</translation>
    </message>
    <message>
        <source>The network failed</source>
        <translation>A rede falhou</translation>
    </message>
    <message>
        <source>This is not a 360dialog API</source>
        <translation>Esta não é uma API da 360dialog</translation>
    </message>
    <message>
        <source>No keychain is available</source>
        <translation>Nenhum chaveiro disponível</translation>
    </message>
    <message>
        <source>The keychain failed</source>
        <translation>O chaveiro falhou</translation>
    </message>
    <message>
        <source>Some values need correcting</source>
        <translation>Alguns valores precisam de correção</translation>
    </message>
    <message>
        <source>The channel no longer exists</source>
        <translation>O canal não existe mais</translation>
    </message>
    <message>
        <source>This number is already a channel</source>
        <translation>Este número já é um canal</translation>
    </message>
    <message>
        <source>360dialog refused the request</source>
        <translation>A 360dialog recusou a solicitação</translation>
    </message>
    <message>
        <source>Copy the key again from the 360dialog Hub (API keys of the number). Only the newest key of a number works; a key generated earlier stops working when a new one is generated.</source>
        <translation>Copie a chave novamente no 360dialog Hub (chaves de API do número). Só a chave mais recente de um número funciona; uma chave gerada antes para de funcionar quando uma nova é gerada.</translation>
    </message>
    <message>
        <source>Check the base URL for typing mistakes. For the Cloud API it is https://waba-v2.360dialog.io.</source>
        <translation>Verifique se há erros de digitação na URL base. Para a Cloud API, ela é https://waba-v2.360dialog.io.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s internet connection (and proxy or firewall), then try again.</source>
        <translation>Verifique a conexão com a internet deste computador (e o proxy ou firewall) e tente novamente.</translation>
    </message>
    <message>
        <source>Something answered at this address, but not like 360dialog. Check the base URL.</source>
        <translation>Algo respondeu neste endereço, mas não como a 360dialog. Verifique a URL base.</translation>
    </message>
    <message>
        <source>Unlock the keychain (it may have asked for a password) and try again.</source>
        <translation>Desbloqueie o chaveiro (ele pode ter pedido uma senha) e tente novamente.</translation>
    </message>
    <message>
        <source>To use a new key for that number, rotate the existing channel&apos;s key instead.</source>
        <translation>Para usar uma nova chave para esse número, troque a chave do canal existente.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ChannelInsights</name>
    <message>
        <source>Messaging &amp;Health…</source>
        <translation>&amp;Integridade do envio…</translation>
    </message>
    <message>
        <source>&amp;Pricing Report…</source>
        <translation>Relatório de &amp;preços…</translation>
    </message>
    <message>
        <source>Send Marketing Templates through &amp;MM Lite</source>
        <translation>Enviar modelos de marketing pelo &amp;MM Lite</translation>
    </message>
    <message>
        <source>Whether this number can send messages now, and why not (360dialog&apos;s health status)</source>
        <translation>Se este número pode enviar mensagens agora e, se não puder, por quê (status de integridade da 360dialog)</translation>
    </message>
    <message>
        <source>This month&apos;s charged messages per pricing category, with CSV export</source>
        <translation>Mensagens cobradas neste mês por categoria de preço, com exportação para CSV</translation>
    </message>
    <message>
        <source>Marketing templates go through Marketing Messages Lite (/marketing_messages); the number must have accepted its terms in the 360dialog Hub</source>
        <translation>Os modelos de marketing são enviados pelo Marketing Messages Lite (/marketing_messages); o número precisa ter aceitado os termos dele no 360dialog Hub</translation>
    </message>
    <message>
        <source>Messaging: checking…</source>
        <translation>Envio de mensagens: verificando…</translation>
    </message>
    <message>
        <source>Messaging: unknown</source>
        <translation>Envio de mensagens: desconhecido</translation>
    </message>
    <message>
        <source>Messaging: available</source>
        <translation>Envio de mensagens: disponível</translation>
    </message>
    <message>
        <source>Messaging: limited</source>
        <translation>Envio de mensagens: limitado</translation>
    </message>
    <message>
        <source>Messaging: blocked</source>
        <translation>Envio de mensagens: bloqueado</translation>
    </message>
    <message>
        <source>Messaging: %1</source>
        <translation>Envio de mensagens: %1</translation>
    </message>
    <message>
        <source>Checked %1.</source>
        <translation>Verificado em %1.</translation>
    </message>
    <message>
        <source>This number can send messages.</source>
        <translation>Este número pode enviar mensagens.</translation>
    </message>
    <message>
        <source>Templates are not covered by this check.</source>
        <translation>Os modelos não são cobertos por esta verificação.</translation>
    </message>
    <message>
        <source>The last check failed: %1</source>
        <translation>A última verificação falhou: %1</translation>
    </message>
    <message>
        <source>Messaging health</source>
        <translation>Integridade do envio de mensagens</translation>
    </message>
    <message>
        <source>Check Now</source>
        <translation>Verificar agora</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ChannelSettingsDialog</name>
    <message>
        <source>&amp;Rename</source>
        <translation>Reno&amp;mear</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Use this name in WabaDesk (360dialog and WhatsApp are not told)</source>
        <translation>Usar este nome no WabaDesk (a 360dialog e o WhatsApp não são informados)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Número:</translation>
    </message>
    <message>
        <source>Verified name:</source>
        <translation>Nome verificado:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Serviço:</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Adicionado:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>Rotate &amp;Key…</source>
        <translation>&amp;Trocar chave…</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Chave:</translation>
    </message>
    <message>
        <source>Stored:</source>
        <translation>Armazenamento:</translation>
    </message>
    <message>
        <source>Last replaced:</source>
        <translation>Última troca:</translation>
    </message>
    <message>
        <source>Only a number&apos;s newest key works. Generate a new one in the 360dialog Hub, then rotate it here: WabaDesk checks it, replaces the old one and sets the webhooks again.</source>
        <translation>Só a chave mais recente de um número funciona. Gere uma nova no 360dialog Hub e troque-a aqui: o WabaDesk a verifica, substitui a antiga e configura os webhooks novamente.</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>&amp;Edit Webhooks…</source>
        <translation>&amp;Editar webhooks…</translation>
    </message>
    <message>
        <source>Open the channel&apos;s Webhooks tab</source>
        <translation>Abrir a aba Webhooks do canal</translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation>Número de telefone:</translation>
    </message>
    <message>
        <source>WABA:</source>
        <translation>WABA:</translation>
    </message>
    <message>
        <source>Re&amp;move Channel…</source>
        <translation>&amp;Remover canal…</translation>
    </message>
    <message>
        <source>Channel Settings — %1</source>
        <extracomment>Window title: the channel&apos;s name.</extracomment>
        <translation>Configurações do canal — %1</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Não informado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Not set through WabaDesk</source>
        <translation>Não configurado pelo WabaDesk</translation>
    </message>
    <message>
        <source>%1 (with %2)</source>
        <translation>%1 (com %2)</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ChannelSwitcher</name>
    <message>
        <source>Add Channel…</source>
        <translation>Adicionar canal…</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canais</translation>
    </message>
    <message>
        <source>No channels yet.</source>
        <translation>Nenhum canal ainda.</translation>
    </message>
    <message>
        <source>Add a WhatsApp number with its 360dialog API key</source>
        <translation>Adicionar um número do WhatsApp com a chave de API da 360dialog</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos os canais</translation>
    </message>
    <message numerus="yes">
        <source>%n numbers</source>
        <translation>
            <numerusform>%n número</numerusform>
            <numerusform>%n números</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversations of every channel in one list</source>
        <translation>As conversas de todos os canais em uma lista</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ChannelText</name>
    <message>
        <source>Legacy On-Premise API</source>
        <translation>API On-Premise legada</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Sandbox local</translation>
    </message>
    <message>
        <source>360dialog sandbox</source>
        <translation>Sandbox da 360dialog</translation>
    </message>
    <message>
        <source>360dialog Cloud API</source>
        <translation>360dialog Cloud API</translation>
    </message>
    <message>
        <source>Number not reported</source>
        <translation>Número não informado</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separator between the parts of a channel&apos;s description.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>%1 — local sandbox at %2</source>
        <translation>%1 — sandbox local em %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <extracomment>Status bar: channel name, service, base URL.</extracomment>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;This channel uses the legacy On-Premise API, which Meta ended on 23 October 2025.&lt;/b&gt; Messages through it no longer work. Migrate the number to the Cloud API in the 360dialog Hub, generate a new API key there, then remove this channel and add the number again with the 360dialog Cloud base URL.</source>
        <translation>&lt;b&gt;Este canal usa a API On-Premise legada, que a Meta encerrou em 23 de outubro de 2025.&lt;/b&gt; As mensagens por ela não funcionam mais. Migre o número para a Cloud API no 360dialog Hub, gere uma nova chave de API lá e, depois, remova este canal e adicione o número novamente com a URL base da 360dialog Cloud.</translation>
    </message>
    <message>
        <source>Kept for this run only: WabaDesk forgets it when it quits, and the channel with it.</source>
        <translation>Mantida só nesta execução: o WabaDesk a esquece ao ser fechado, e o canal junto com ela.</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain.</source>
        <translation>Guardada no chaveiro deste computador.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ChannelWorkspace</name>
    <message>
        <source>Opening the channel…</source>
        <translation>Abrindo o canal…</translation>
    </message>
    <message>
        <source>Reading its API key from the keychain.</source>
        <translation>Lendo a chave de API no chaveiro.</translation>
    </message>
    <message>
        <source>Reading its API key from the keychain. The keychain may ask you to unlock it.</source>
        <translation>Lendo a chave de API no chaveiro. O chaveiro pode pedir que você o desbloqueie.</translation>
    </message>
    <message>
        <source>The channel&apos;s key could not be read</source>
        <translation>Não foi possível ler a chave do canal</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>No message store</source>
        <translation>Sem banco de mensagens</translation>
    </message>
    <message>
        <source>Conversations are kept in the message store, which is not open.</source>
        <translation>As conversas ficam no banco de mensagens, que não está aberto.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation>Perfil comercial</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Business profile •</source>
        <extracomment>The Business profile tab&apos;s title while it has unsaved changes.</extracomment>
        <translation>Perfil comercial •</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Mídia</translation>
    </message>
    <message>
        <source>The media library is kept in the message store, which is not open.</source>
        <translation>A biblioteca de mídia fica no banco de mensagens, que não está aberto.</translation>
    </message>
    <message>
        <source>&lt;p&gt;If the keychain no longer holds the key, enter it again: &lt;b&gt;Channel → Channel Settings… → Rotate Key…&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Se o chaveiro não tiver mais a chave, informe-a novamente: &lt;b&gt;Canal → Configurações do canal… → Trocar chave…&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::Composer</name>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Link &amp;preview</source>
        <translation>&amp;Prévia de links</translation>
    </message>
    <message>
        <source>Message composer</source>
        <translation>Editor de mensagens</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Attach a file, send a location, a contact card, buttons, a list or a template</source>
        <translation>Anexar um arquivo, enviar uma localização, um cartão de contato, botões, uma lista ou um modelo</translation>
    </message>
    <message>
        <source>Attach and more</source>
        <translation>Anexar e mais</translation>
    </message>
    <message>
        <source>&amp;File, Photo or Video…</source>
        <translation>&amp;Arquivo, foto ou vídeo…</translation>
    </message>
    <message>
        <source>&amp;Location…</source>
        <translation>&amp;Localização…</translation>
    </message>
    <message>
        <source>&amp;Contact Card…</source>
        <translation>&amp;Cartão de contato…</translation>
    </message>
    <message>
        <source>Reply &amp;Buttons…</source>
        <translation>&amp;Botões de resposta…</translation>
    </message>
    <message>
        <source>L&amp;ist…</source>
        <translation>L&amp;ista…</translation>
    </message>
    <message>
        <source>&amp;Template…</source>
        <translation>&amp;Modelo…</translation>
    </message>
    <message>
        <source>Send with &amp;Enter</source>
        <translation>Enviar com &amp;Enter</translation>
    </message>
    <message>
        <source>Off: Ctrl+Enter sends and Enter starts a new line</source>
        <translation>Desativado: Ctrl+Enter envia e Enter inicia uma nova linha</translation>
    </message>
    <message>
        <source>Show a preview of the first link in the message</source>
        <translation>Mostrar uma prévia do primeiro link da mensagem</translation>
    </message>
    <message>
        <source>a message</source>
        <translation>uma mensagem</translation>
    </message>
    <message>
        <source>(not loaded)</source>
        <translation>(não carregado)</translation>
    </message>
    <message>
        <source>The 24-hour window is closed: files can be sent again after the customer writes.</source>
        <translation>A janela de 24 horas está fechada: arquivos poderão ser enviados novamente depois que o cliente escrever.</translation>
    </message>
    <message>
        <source>Choose a conversation</source>
        <translation>Escolha uma conversa</translation>
    </message>
    <message>
        <source>Add a caption…</source>
        <translation>Adicione uma legenda…</translation>
    </message>
    <message>
        <source>Type a message…</source>
        <translation>Digite uma mensagem…</translation>
    </message>
    <message>
        <source>Free-form messages are off until the customer writes again</source>
        <translation>Mensagens livres desativadas até o cliente escrever novamente</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Send (%1)</source>
        <translation>Enviar (%1)</translation>
    </message>
    <message>
        <source>%1 / %2 — %3 too many</source>
        <translation>%1 / %2 — %3 a mais</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>A caption can have at most %1 characters.</source>
        <translation>Uma legenda pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A message can have at most %1 characters.</source>
        <translation>Uma mensagem pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The 24-hour window is closed: reactions can be sent again after the customer writes.</source>
        <translation>A janela de 24 horas está fechada: reações poderão ser enviadas novamente depois que o cliente escrever.</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Anexar arquivos</translation>
    </message>
    <message>
        <source>Photos, videos, audio and documents (*.jpg *.jpeg *.png *.webp *.mp4 *.3gp *.aac *.amr *.mp3 *.m4a *.ogg *.opus *.pdf *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx)</source>
        <translation>Fotos, vídeos, áudios e documentos (*.jpg *.jpeg *.png *.webp *.mp4 *.3gp *.aac *.amr *.mp3 *.m4a *.ogg *.opus *.pdf *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>&amp;Quick Replies…</source>
        <translation>&amp;Respostas rápidas…</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::Confirmation</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ContactCardDialog</name>
    <message>
        <source>Send Contact Card</source>
        <translation>Enviar cartão de contato</translation>
    </message>
    <message>
        <source>+49 30 1234567</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Celular</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabalho</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Shown &amp;as:</source>
        <translation>E&amp;xibido como:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>Em&amp;presa:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>&amp;Send Contact</source>
        <translation>En&amp;viar contato</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation>Informe o nome do contato.</translation>
    </message>
    <message>
        <source>The phone number may contain only digits, spaces and + - ( ) . /</source>
        <translation>O número de telefone só pode conter dígitos, espaços e + - ( ) . /</translation>
    </message>
    <message>
        <source>The e-mail address needs an @.</source>
        <translation>O endereço de e-mail precisa de um @.</translation>
    </message>
    <message>
        <source>The website must be a full address starting with https://</source>
        <translation>O site deve ser um endereço completo começando com https://</translation>
    </message>
    <message>
        <source>Full name as shown in the card</source>
        <translation>Nome completo como aparece no cartão</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ConversationDelegate</name>
    <message numerus="yes">
        <source>%n message(s) could not be sent</source>
        <translation>
            <numerusform>%n mensagem não pôde ser enviada</numerusform>
            <numerusform>%n mensagens não puderam ser enviadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n mensagem não lida</numerusform>
            <numerusform>%n mensagens não lidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft:</source>
        <translation>Rascunho:</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ConversationHeader</name>
    <message>
        <source>Find in conversation (Ctrl+F)</source>
        <translation>Localizar na conversa (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in conversation</source>
        <translation>Localizar na conversa</translation>
    </message>
    <message>
        <source>Jump to date</source>
        <translation>Ir para data</translation>
    </message>
    <message>
        <source>WhatsApp customer</source>
        <translation>Cliente do WhatsApp</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Nenhuma conversa selecionada</translation>
    </message>
    <message>
        <source>Window closed · templates only</source>
        <translation>Janela fechada · só modelos</translation>
    </message>
    <message numerus="yes">
        <source>Window open · %n h left</source>
        <translation>
            <numerusform>Janela aberta · resta %n h</numerusform>
            <numerusform>Janela aberta · restam %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Window open · %n min left</source>
        <translation>
            <numerusform>Janela aberta · resta %n min</numerusform>
            <numerusform>Janela aberta · restam %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Free-form messages are allowed until %1 (24 hours after the customer&apos;s last message).</source>
        <translation>Mensagens livres são permitidas até %1 (24 horas após a última mensagem do cliente).</translation>
    </message>
    <message>
        <source>More than 24 hours since the customer&apos;s last message: only approved templates can be sent until they write again.</source>
        <translation>Mais de 24 horas desde a última mensagem do cliente: só modelos aprovados podem ser enviados até que ele escreva novamente.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ConversationListModel</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n não lida</numerusform>
            <numerusform>%n não lidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n falhou</numerusform>
            <numerusform>%n falharam</numerusform>
        </translation>
    </message>
    <message>
        <source>window: %1</source>
        <translation>janela: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Canal: %1</translation>
    </message>
    <message>
        <source>a message</source>
        <translation>uma mensagem</translation>
    </message>
    <message>
        <source>You reacted %1 to “%2”</source>
        <translation>Você reagiu com %1 a “%2”</translation>
    </message>
    <message>
        <source>%1 reacted %2 to “%3”</source>
        <translation>%1 reagiu com %2 a “%3”</translation>
    </message>
    <message>
        <source>draft: %1</source>
        <translation>rascunho: %1</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ConversationListPanel</name>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <source>New conversation (Ctrl+N)</source>
        <translation>Nova conversa (Ctrl+N)</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Conversa anterior</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Próxima conversa</translation>
    </message>
    <message>
        <source>Next unread conversation</source>
        <translation>Próxima conversa não lida</translation>
    </message>
    <message>
        <source>Search conversations and messages</source>
        <translation>Pesquisar conversas e mensagens</translation>
    </message>
    <message>
        <source>Only conversations with unread messages</source>
        <translation>Só conversas com mensagens não lidas</translation>
    </message>
    <message>
        <source>Only conversations whose 24-hour window is open (free-form replies possible)</source>
        <translation>Só conversas cuja janela de 24 horas está aberta (respostas livres possíveis)</translation>
    </message>
    <message>
        <source>Only conversations with messages that could not be sent</source>
        <translation>Só conversas com mensagens que não puderam ser enviadas</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Não lidas</translation>
    </message>
    <message>
        <source>Window open</source>
        <translation>Janela aberta</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Nenhuma conversa ainda</translation>
    </message>
    <message>
        <source>Messages from customers appear here as they arrive. You can also write first.</source>
        <translation>As mensagens dos clientes aparecem aqui assim que chegam. Você também pode escrever primeiro.</translation>
    </message>
    <message>
        <source>No matching conversations</source>
        <translation>Nenhuma conversa encontrada</translation>
    </message>
    <message>
        <source>No name, number or last message contains “%1”.</source>
        <translation>Nenhum nome, número ou última mensagem contém “%1”.</translation>
    </message>
    <message>
        <source>No conversation matches the selected filters.</source>
        <translation>Nenhuma conversa corresponde aos filtros selecionados.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ConversationView</name>
    <message>
        <source>No conversation open</source>
        <translation>Nenhuma conversa aberta</translation>
    </message>
    <message>
        <source>Choose a conversation on the left to read and answer it.</source>
        <translation>Escolha uma conversa à esquerda para ler e responder.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>React</source>
        <translation>Reagir</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Message info…</source>
        <translation>Dados da mensagem…</translation>
    </message>
    <message>
        <source>React with %1</source>
        <translation>Reagir com %1</translation>
    </message>
    <message>
        <source>More reactions</source>
        <translation>Mais reações</translation>
    </message>
    <message>
        <source>WhatsApp groups do not take reactions from the API</source>
        <translation>Grupos do WhatsApp não aceitam reações pela API</translation>
    </message>
    <message>
        <source>Remove my reaction %1</source>
        <translation>Remover minha reação %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproduzir</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ConversationsArea</name>
    <message>
        <source>Message Actions</source>
        <translation>Ações da mensagem</translation>
    </message>
    <message>
        <source>The quoted message is not in this conversation&apos;s history.</source>
        <translation>A mensagem citada não está no histórico desta conversa.</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <source>The conversation could not be created: %1</source>
        <translation>Não foi possível criar a conversa: %1</translation>
    </message>
    <message>
        <source>Send Template to %1</source>
        <translation>Enviar modelo para %1</translation>
    </message>
    <message>
        <source>Send Template</source>
        <translation>Enviar modelo</translation>
    </message>
    <message>
        <source>Loading the channel&apos;s templates…</source>
        <translation>Carregando os modelos do canal…</translation>
    </message>
    <message>
        <source>The templates could not be loaded: %1</source>
        <translation>Não foi possível carregar os modelos: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>This message has no media file.</source>
        <translation>Esta mensagem não tem arquivo de mídia.</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Mídia</translation>
    </message>
    <message>
        <source>The file could not be fetched: %1</source>
        <translation>Não foi possível baixar o arquivo: %1</translation>
    </message>
    <message>
        <source>No application opens %1.</source>
        <translation>Nenhum aplicativo abre %1.</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Salvar como</translation>
    </message>
    <message>
        <source>The file could not be saved as %1.</source>
        <translation>Não foi possível salvar o arquivo como %1.</translation>
    </message>
    <message>
        <source>Fetching the file…</source>
        <translation>Baixando o arquivo…</translation>
    </message>
    <message>
        <source>Not downloaded: %1</source>
        <translation>Não baixado: %1</translation>
    </message>
    <message>
        <source>Fetching the video…</source>
        <translation>Baixando o vídeo…</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>The video could not be fetched: %1</source>
        <translation>Não foi possível baixar o vídeo: %1</translation>
    </message>
    <message>
        <source>Video from %1</source>
        <translation>Vídeo de %1</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>Enviar novamente?</translation>
    </message>
    <message>
        <source>WabaDesk stopped after this message left and before WhatsApp answered, so it may already have reached the customer. Sending it again may deliver it twice.</source>
        <translation>O WabaDesk foi encerrado depois que esta mensagem saiu e antes de o WhatsApp responder, então ela pode já ter chegado ao cliente. Enviá-la novamente pode entregá-la duas vezes.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Enviar novamente</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::CropArea</name>
    <message>
        <source>Photo crop area</source>
        <translation>Área de recorte da foto</translation>
    </message>
    <message>
        <source>Drag to move the square; the mouse wheel or + and − change its size; the arrow keys move it.</source>
        <translation>Arraste para mover o quadrado; a roda do mouse ou + e − alteram o tamanho; as teclas de seta o movem.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::DesktopNotifier</name>
    <message>
        <source>📷 Photo</source>
        <translation>📷 Foto</translation>
    </message>
    <message>
        <source>🎥 Video</source>
        <translation>🎥 Vídeo</translation>
    </message>
    <message>
        <source>🎤 Voice message</source>
        <translation>🎤 Mensagem de voz</translation>
    </message>
    <message>
        <source>📄 Document</source>
        <translation>📄 Documento</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Figurinha</translation>
    </message>
    <message>
        <source>📍 Location</source>
        <translation>📍 Localização</translation>
    </message>
    <message>
        <source>👤 Contact card</source>
        <translation>👤 Cartão de contato</translation>
    </message>
    <message>
        <source>🛒 Order</source>
        <translation>🛒 Pedido</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nova mensagem</translation>
    </message>
    <message>
        <source>&amp;Show WabaDesk</source>
        <translation>&amp;Mostrar o WabaDesk</translation>
    </message>
    <message>
        <source>&amp;Mute All Notifications</source>
        <translation>&amp;Silenciar todas as notificações</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n unread message(s)</source>
        <translation>
            <numerusform>%1 — %n mensagem não lida</numerusform>
            <numerusform>%1 — %n mensagens não lidas</numerusform>
        </translation>
    </message>
    <message>
        <source> (notifications muted)</source>
        <extracomment>Tray tooltip suffix while every notification is muted.</extracomment>
        <translation> (notificações silenciadas)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Notification title: the customer&apos;s name, then the channel (phone number) it wrote to.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more message(s)…</source>
        <translation>
            <numerusform>Mais %n mensagem…</numerusform>
            <numerusform>Mais %n mensagens…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n nova mensagem</numerusform>
            <numerusform>%n novas mensagens</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <extracomment>Notification body: the customers who wrote (a list), most recent first.</extracomment>
        <translation>De %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <extracomment>The last item of a list of customer names: &quot;Ana, Bruno, Carla, Davi and 2 more&quot;</extracomment>
        <translation>
            <numerusform>mais %n</numerusform>
            <numerusform>mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>📞 Missed call</source>
        <translation>📞 Chamada perdida</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::EmojiPicker</name>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>Search emoji</source>
        <translation>Pesquisar emoji</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recentes</translation>
    </message>
    <message>
        <source>No emoji found</source>
        <translation>Nenhum emoji encontrado</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ErrorBanner</name>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Mostrar detalhes técnicos</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation>Dispensar erro</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>O que fazer: %1</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ErrorText</name>
    <message>
        <source>Connection failed</source>
        <translation>Falha na conexão</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Falha na conexão segura</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Sem resposta a tempo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Unexpected answer from the server</source>
        <translation>Resposta inesperada do servidor</translation>
    </message>
    <message>
        <source>Some values need correcting</source>
        <translation>Alguns valores precisam de correção</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1</source>
        <translation>O servidor respondeu com o status HTTP %1</translation>
    </message>
    <message>
        <source>The API refused the request</source>
        <translation>A API recusou a solicitação</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>Error code: %1 (subcode %2)</source>
        <translation>Código de erro: %1 (subcódigo %2)</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Código de erro: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Status HTTP: %1</translation>
    </message>
    <message>
        <source>fbtrace_id: %1</source>
        <translation>fbtrace_id: %1</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>Mensagem do servidor: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalhes: %1</translation>
    </message>
    <message>
        <source>Retry after: %1 s</source>
        <translation>Tentar novamente após: %1 s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An error headline, then its explanation and what to do.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>Localizar na conversa</translation>
    </message>
    <message>
        <source>Previous match (older) — Enter</source>
        <translation>Resultado anterior (mais antigo) — Enter</translation>
    </message>
    <message>
        <source>Next match (newer) — Shift+Enter</source>
        <translation>Próximo resultado (mais recente) — Shift+Enter</translation>
    </message>
    <message>
        <source>Close find — Esc</source>
        <translation>Fechar a busca — Esc</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Nenhum resultado</translation>
    </message>
    <message>
        <source>%1 of %2+</source>
        <translation>%1 de %2+</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::InteractiveBuilderDialog</name>
    <message>
        <source>Button %1</source>
        <translation>Botão %1</translation>
    </message>
    <message>
        <source>Section %1, row %2</source>
        <translation>Seção %1, linha %2</translation>
    </message>
    <message>
        <source>Section %1, row %2, description</source>
        <translation>Seção %1, linha %2, descrição</translation>
    </message>
    <message>
        <source>Section %1 name</source>
        <translation>Nome da seção %1</translation>
    </message>
    <message>
        <source>The list</source>
        <translation>A lista</translation>
    </message>
    <message>
        <source>The buttons</source>
        <translation>Os botões</translation>
    </message>
    <message>
        <source>List button</source>
        <translation>Botão da lista</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Rodapé</translation>
    </message>
    <message>
        <source>Buttons and Lists</source>
        <translation>Botões e listas</translation>
    </message>
    <message>
        <source>Optional, up to 60 characters</source>
        <translation>Opcional, até 60 caracteres</translation>
    </message>
    <message>
        <source>The message above the buttons (required, up to 1,024 characters)</source>
        <translation>A mensagem acima dos botões (obrigatória, até 1.024 caracteres)</translation>
    </message>
    <message>
        <source>Optional small print, up to 60 characters</source>
        <translation>Texto pequeno opcional, até 60 caracteres</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;Cabeçalho:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensagem:</translation>
    </message>
    <message>
        <source>&amp;Footer:</source>
        <translation>Ro&amp;dapé:</translation>
    </message>
    <message>
        <source>Up to three buttons the customer can tap once. Titles: up to 20 characters, each different.</source>
        <translation>Até três botões que o cliente pode tocar uma vez. Títulos: até 20 caracteres, todos diferentes.</translation>
    </message>
    <message>
        <source>e.g. Yes, please</source>
        <translation>p. ex., Sim, por favor</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Button &amp;%1:</source>
        <translation>Botão &amp;%1:</translation>
    </message>
    <message>
        <source>Reply &amp;Buttons</source>
        <translation>&amp;Botões de resposta</translation>
    </message>
    <message>
        <source>The button that opens the list, e.g. Choose a time</source>
        <translation>O botão que abre a lista, p. ex., Escolha um horário</translation>
    </message>
    <message>
        <source>List &amp;button:</source>
        <translation>B&amp;otão da lista:</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Seção</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Up to 10 rows in total. Rows with the same section name are grouped; with more than one section, each needs a name (up to 24 characters). Titles up to 24, descriptions up to 72 characters.</source>
        <translation>Até 10 linhas no total. Linhas com o mesmo nome de seção são agrupadas; com mais de uma seção, cada uma precisa de um nome (até 24 caracteres). Títulos com até 24 e descrições com até 72 caracteres.</translation>
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation>&amp;Adicionar linha</translation>
    </message>
    <message>
        <source>&amp;Remove Row</source>
        <translation>&amp;Remover linha</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Write the message that goes above the %1.</source>
        <translation>Escreva a mensagem que fica acima %1.</translation>
    </message>
    <message>
        <source>list button</source>
        <translation>do botão da lista</translation>
    </message>
    <message>
        <source>buttons</source>
        <translation>dos botões</translation>
    </message>
    <message>
        <source>Give at least one button a title.</source>
        <translation>Dê um título a pelo menos um botão.</translation>
    </message>
    <message>
        <source>Name the button that opens the list.</source>
        <translation>Dê um nome ao botão que abre a lista.</translation>
    </message>
    <message>
        <source>Give at least one row a title.</source>
        <translation>Dê um título a pelo menos uma linha.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::JournalReaderWorker</name>
    <message>
        <source>There is no message store to read the journal from.</source>
        <translation>Não há um armazenamento de mensagens de onde ler o registro.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ListenerActions</name>
    <message>
        <source>Webhook &amp;Listener…</source>
        <translation>&amp;Receptor de webhooks…</translation>
    </message>
    <message>
        <source>Webhook &amp;Inspector</source>
        <translation>&amp;Inspetor de webhooks</translation>
    </message>
    <message>
        <source>Where the embedded webhook listener runs, and whether it does</source>
        <translation>Onde o receptor de webhooks integrado é executado, e se está em execução</translation>
    </message>
    <message>
        <source>Recent webhook deliveries, what became of each, and their bodies</source>
        <translation>Entregas recentes de webhooks, o que aconteceu com cada uma e seus corpos</translation>
    </message>
    <message>
        <source>Listener: not running</source>
        <translation>Receptor: parado</translation>
    </message>
    <message>
        <source>Incoming messages and delivery statuses arrive through the webhook listener.</source>
        <translation>Mensagens recebidas e status de entrega chegam pelo receptor de webhooks.</translation>
    </message>
    <message>
        <source>Webhooks sent to this address are stored and shown live. View → Webhook Inspector shows each delivery.</source>
        <translation>Webhooks enviados para este endereço são armazenados e exibidos ao vivo. Exibir → Inspetor de webhooks mostra cada entrega.</translation>
    </message>
    <message>
        <source>Listener: %1</source>
        <translation>Receptor: %1</translation>
    </message>
    <message>
        <source>Change the address or port in Settings → Webhook Listener…</source>
        <translation>Altere o endereço ou a porta em Configurações → Receptor de webhooks…</translation>
    </message>
    <message>
        <source>Start it in Settings → Webhook Listener…</source>
        <translation>Inicie-o em Configurações → Receptor de webhooks…</translation>
    </message>
    <message>
        <source>Listener: %1 — %L2 received, %L3 refused</source>
        <extracomment>Status bar: the listener&apos;s URL, then how many requests it answered (and refused).</extracomment>
        <translation>Receptor: %1 — %L2 recebidas, %L3 recusadas</translation>
    </message>
    <message>
        <source>Listener: %1 — %L2 received</source>
        <translation>Receptor: %1 — %L2 recebidas</translation>
    </message>
    <message>
        <source>Listener: cannot store deliveries — retrying</source>
        <extracomment>Status bar: the journal cannot write (a full disk); the reason is in the tooltip.</extracomment>
        <translation>Receptor: não é possível armazenar as entregas — tentando novamente</translation>
    </message>
    <message>
        <source>The journal cannot write (%1). Deliveries are answered 503 until it can, and 360dialog sends them again later. Free some disk space: the listener recovers by itself.</source>
        <extracomment>%1 is the system&apos;s reason, e.g. &quot;write failed: No space left on device&quot;.</extracomment>
        <translation>O diário não consegue gravar (%1). As entregas são respondidas com 503 até que consiga, e a 360dialog as envia novamente mais tarde. Libere espaço em disco: o receptor se recupera sozinho.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ListenerSettingsDialog</name>
    <message>
        <source>&amp;Run the webhook listener</source>
        <translation>&amp;Executar o receptor de webhooks</translation>
    </message>
    <message>
        <source>&amp;HTTPS</source>
        <translation>&amp;HTTPS</translation>
    </message>
    <message>
        <source>Webhook Listener</source>
        <translation>Receptor de webhooks</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;margin-top:0&apos;&gt;Incoming messages and delivery statuses reach WabaDesk through this listener. 360dialog delivers only to a &lt;b&gt;public https:// URL&lt;/b&gt; (port 443, valid certificate), so a &lt;b&gt;reverse proxy&lt;/b&gt; (nginx, Caddy) or a &lt;b&gt;tunnel&lt;/b&gt; (Cloudflare Tunnel, ngrok) must forward that URL to the address below. Set the public URL as the channel&apos;s webhook, with a secret header, on the channel&apos;s Webhooks tab.&lt;/p&gt;&lt;p style=&apos;margin-bottom:0&apos;&gt;The listener accepts only requests that carry one of your channels&apos; webhook secrets; everything else is refused and never stored.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;margin-top:0&apos;&gt;As mensagens recebidas e os status de entrega chegam ao WabaDesk por este receptor. A 360dialog só entrega para uma &lt;b&gt;URL https:// pública&lt;/b&gt; (porta 443, certificado válido); por isso, um &lt;b&gt;proxy reverso&lt;/b&gt; (nginx, Caddy) ou um &lt;b&gt;túnel&lt;/b&gt; (Cloudflare Tunnel, ngrok) precisa encaminhar essa URL para o endereço abaixo. Defina a URL pública como webhook do canal, com um cabeçalho secreto, na aba Webhooks do canal.&lt;/p&gt;&lt;p style=&apos;margin-bottom:0&apos;&gt;O receptor só aceita solicitações que trazem um dos segredos de webhook dos seus canais; todo o resto é recusado e nunca armazenado.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Listener address</source>
        <translation>Endereço do receptor</translation>
    </message>
    <message>
        <source>Listener port</source>
        <translation>Porta do receptor</translation>
    </message>
    <message>
        <source>127.0.0.1 accepts connections from this computer only (a proxy or tunnel running here); 0.0.0.0 accepts them from the network too.</source>
        <translation>127.0.0.1 aceita conexões somente deste computador (um proxy ou túnel rodando aqui); 0.0.0.0 também as aceita da rede.</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Arquivo de certificado</translation>
    </message>
    <message>
        <source>PEM file, e.g. fullchain.pem</source>
        <translation>Arquivo PEM, p. ex., fullchain.pem</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Arquivo de chave privada</translation>
    </message>
    <message>
        <source>PEM file, e.g. privkey.pem</source>
        <translation>Arquivo PEM, p. ex., privkey.pem</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Certificado:</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Arquivos PEM (*.pem *.crt *.cer);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Chave pri&amp;vada:</translation>
    </message>
    <message>
        <source>Private Key</source>
        <translation>Chave privada</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key);;All files (*)</source>
        <translation>Arquivos PEM (*.pem *.key);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Not needed behind a proxy or tunnel that ends HTTPS itself.</source>
        <translation>Não é necessário atrás de um proxy ou túnel que faz a terminação do HTTPS.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>E&amp;ndereço:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>“%1” is not an IP address. Use an address of this computer, e.g. 127.0.0.1 or 0.0.0.0.</source>
        <translation>“%1” não é um endereço IP. Use um endereço deste computador, p. ex., 127.0.0.1 ou 0.0.0.0.</translation>
    </message>
    <message>
        <source>HTTPS needs a certificate file and a key file that exist.</source>
        <translation>O HTTPS precisa de um arquivo de certificado e de um arquivo de chave existentes.</translation>
    </message>
    <message>
        <source>The listener could not start: %1</source>
        <translation>Não foi possível iniciar o receptor: %1</translation>
    </message>
    <message>
        <source>Now listening at %1.</source>
        <translation>Escutando agora em %1.</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>Não está em execução: %1</translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation>Não está em execução.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::LocationDialog</name>
    <message>
        <source>Send Location</source>
        <translation>Enviar localização</translation>
    </message>
    <message>
        <source>Paste coordinates or a link from a map. The customer sees a pin they can open in their maps app.</source>
        <translation>Cole coordenadas ou um link de um mapa. O cliente vê um alfinete que pode abrir no app de mapas.</translation>
    </message>
    <message>
        <source>e.g. 52.5200, 13.4050 or a map link</source>
        <translation>p. ex., 52.5200, 13.4050 ou um link de mapa</translation>
    </message>
    <message>
        <source>Optional, e.g. Main Store</source>
        <translation>Opcional, p. ex., Loja principal</translation>
    </message>
    <message>
        <source>Optional; shown only with a name</source>
        <translation>Opcional; exibido somente com um nome</translation>
    </message>
    <message>
        <source>&amp;Coordinates:</source>
        <translation>&amp;Coordenadas:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <source>&amp;Send Location</source>
        <translation>En&amp;viar localização</translation>
    </message>
    <message>
        <source>Enter the coordinates as latitude, longitude (e.g. 52.5200, 13.4050) or paste a map link.</source>
        <translation>Informe as coordenadas como latitude, longitude (p. ex., 52.5200, 13.4050) ou cole um link de mapa.</translation>
    </message>
    <message>
        <source>Latitude %1, longitude %2 — &lt;a href=&quot;%3&quot;&gt;check on the map&lt;/a&gt;</source>
        <translation>Latitude %1, longitude %2 — &lt;a href=&quot;%3&quot;&gt;conferir no mapa&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Not a position: use latitude, longitude in degrees (−90 to 90, −180 to 180).</source>
        <translation>Não é uma posição: use latitude, longitude em graus (−90 a 90, −180 a 180).</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MainWindow</name>
    <message>
        <source>No channel yet</source>
        <translation>Nenhum canal ainda</translation>
    </message>
    <message>
        <source>&lt;p&gt;WabaDesk works with WhatsApp Business numbers connected through 360dialog. Add a number with its API key from the 360dialog Hub; WabaDesk checks the key and keeps it in this computer&apos;s keychain.&lt;/p&gt;&lt;p&gt;To look around without a number, start WabaDesk with &lt;b&gt;--demo&lt;/b&gt;: it runs a local sandbox that behaves like 360dialog, with sample templates, a business profile and customers. Nothing leaves this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;O WabaDesk funciona com números do WhatsApp Business conectados pela 360dialog. Adicione um número com a chave de API dele do 360dialog Hub; o WabaDesk verifica a chave e a guarda no chaveiro deste computador.&lt;/p&gt;&lt;p&gt;Para explorar sem um número, inicie o WabaDesk com &lt;b&gt;--demo&lt;/b&gt;: ele executa um sandbox local que se comporta como a 360dialog, com modelos de exemplo, um perfil comercial e clientes. Nada sai deste computador.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add Channel…</source>
        <translation>Adicionar canal…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>&amp;Mute Notifications</source>
        <translation>&amp;Silenciar notificações</translation>
    </message>
    <message>
        <source>No desktop notifications for this channel; its messages still count as unread</source>
        <translation>Sem notificações na área de trabalho para este canal; as mensagens dele continuam contando como não lidas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Conversations</source>
        <translation>&amp;Conversas</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Modelos</translation>
    </message>
    <message>
        <source>Business &amp;Profile</source>
        <translation>&amp;Perfil comercial</translation>
    </message>
    <message>
        <source>&amp;Webhooks</source>
        <translation>&amp;Webhooks</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>C&amp;onfigurações</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About WabaDesk</source>
        <translation>&amp;Sobre o WabaDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos os canais</translation>
    </message>
    <message>
        <source>All channels — %1</source>
        <extracomment>Window title when every channel&apos;s conversations are shown.</extracomment>
        <translation>Todos os canais — %1</translation>
    </message>
    <message>
        <source>No channel configured</source>
        <translation>Nenhum canal configurado</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Window title: channel name, then the application name.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Find in Conversation</source>
        <translation>&amp;Localizar na conversa</translation>
    </message>
    <message>
        <source>&amp;Search All Conversations</source>
        <translation>&amp;Pesquisar em todas as conversas</translation>
    </message>
    <message>
        <source>&amp;New Conversation…</source>
        <translation>&amp;Nova conversa…</translation>
    </message>
    <message>
        <source>Next &amp;Unread Conversation</source>
        <translation>Próxima conversa &amp;não lida</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>&amp;Go to Conversation…</source>
        <translation>&amp;Ir para a conversa…</translation>
    </message>
    <message>
        <source>Go to Conversation &amp;List</source>
        <translation>Ir para a &amp;lista de conversas</translation>
    </message>
    <message>
        <source>&amp;Write a Message</source>
        <translation>&amp;Escrever uma mensagem</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>Próximo pai&amp;nel</translation>
    </message>
    <message>
        <source>Previous Pa&amp;ne</source>
        <translation>Painel an&amp;terior</translation>
    </message>
    <message>
        <source>About WabaDesk</source>
        <translation>Sobre o WabaDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;WabaDesk %1&lt;/h3&gt;&lt;p&gt;A desktop client for WhatsApp Business through 360dialog.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;WabaDesk %1&lt;/h3&gt;&lt;p&gt;Um cliente desktop para WhatsApp Business via 360dialog.&lt;/p&gt;&lt;p&gt;Compilado com Qt %2, em execução no Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Media</source>
        <translation>Mí&amp;dia</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Atendimento</translation>
    </message>
    <message>
        <source>New Conversation</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <source>Write to a customer by number (Ctrl+N in the conversation list)</source>
        <translation>Escrever para um cliente pelo número (Ctrl+N na lista de conversas)</translation>
    </message>
    <message>
        <source>Next Unread</source>
        <translation>Próxima não lida</translation>
    </message>
    <message>
        <source>Open the next conversation with unread messages (Alt+Shift+Down)</source>
        <translation>Abrir a próxima conversa com mensagens não lidas (Alt+Shift+↓)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Search all conversations (%1)</source>
        <translation>Pesquisar em todas as conversas (%1)</translation>
    </message>
    <message>
        <source>&amp;Quick Replies…</source>
        <translation>Respos&amp;tas rápidas…</translation>
    </message>
    <message>
        <source>Go to…</source>
        <translation>Ir para…</translation>
    </message>
    <message>
        <source>Go to a conversation or channel by name or number (%1)</source>
        <translation>Ir para uma conversa ou canal pelo nome ou número (%1)</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MediaKindQuestion</name>
    <message>
        <source>Send File</source>
        <translation>Enviar arquivo</translation>
    </message>
    <message>
        <source>Send “%1” as a %2 or as a document?</source>
        <translation>Enviar “%1” como %2 ou como documento?</translation>
    </message>
    <message>
        <source>WhatsApp shows a photo or video in the chat and makes it smaller. A document keeps the original file and quality.</source>
        <translation>O WhatsApp exibe uma foto ou um vídeo na conversa e o reduz. Um documento mantém o arquivo e a qualidade originais.</translation>
    </message>
    <message>
        <source>As %1</source>
        <translation>Como %1</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MediaLibraryModel</name>
    <message>
        <source>deleted</source>
        <translation>excluída</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirada</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n d</source>
        <translation>
            <numerusform>expira em %n d</numerusform>
            <numerusform>expira em %n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n h</source>
        <translation>
            <numerusform>expira em %n h</numerusform>
            <numerusform>expira em %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n min</source>
        <translation>
            <numerusform>expira em %n min</numerusform>
            <numerusform>expira em %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted from 360dialog</source>
        <translation>Excluída da 360dialog</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirada</translation>
    </message>
    <message>
        <source>Expiring today</source>
        <translation>Expira hoje</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válida</translation>
    </message>
    <message>
        <source>%1 · kept locally</source>
        <translation>%1 · mantida localmente</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Figurinha</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Carregada</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebida</translation>
    </message>
    <message>
        <source>Received from %1</source>
        <translation>Recebida de %1</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Media id %1 · expires %2</source>
        <translation>ID de mídia %1 · expira em %2</translation>
    </message>
    <message>
        <source>%1 …%2</source>
        <translation>%1 …%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Added</source>
        <extracomment>Column header: when the media was uploaded or received.</extracomment>
        <translation>Adicionada</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Validade</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MediaPanel</name>
    <message>
        <source>Send in Conversation</source>
        <translation>Enviar na conversa</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>Carregar…</translation>
    </message>
    <message>
        <source>No media yet</source>
        <translation>Nenhuma mídia ainda</translation>
    </message>
    <message>
        <source>Drop files here, paste them or use Upload…. Images, voice notes and documents that customers send appear here as soon as they are archived.</source>
        <translation>Solte arquivos aqui, cole-os ou use Carregar…. Imagens, mensagens de voz e documentos que os clientes enviam aparecem aqui assim que são arquivados.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <source>Send in Conversation…</source>
        <translation>Enviar na conversa…</translation>
    </message>
    <message>
        <source>Use as Template Header…</source>
        <translation>Usar como cabeçalho de modelo…</translation>
    </message>
    <message>
        <source>Copy Media Id</source>
        <translation>Copiar ID de mídia</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>Search name, type, SHA-256, media id or sender</source>
        <translation>Pesquisar nome, tipo, SHA-256, ID de mídia ou remetente</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Vídeos</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Stickers</source>
        <translation>Figurinhas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Qualquer estado</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válida</translation>
    </message>
    <message>
        <source>Expiring within 24 h</source>
        <translation>Expira em até 24 h</translation>
    </message>
    <message>
        <source>Expiring within 3 days</source>
        <translation>Expira em até 3 dias</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirada</translation>
    </message>
    <message>
        <source>Kept locally</source>
        <translation>Mantida localmente</translation>
    </message>
    <message>
        <source>Upload files to this channel (you can also drop or paste them here)</source>
        <translation>Carregar arquivos para este canal (você também pode soltá-los ou colá-los aqui)</translation>
    </message>
    <message>
        <source>Upload Media</source>
        <translation>Carregar mídia</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n itens</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted image could not be saved for upload.</source>
        <translation>Não foi possível salvar a imagem colada para o carregamento.</translation>
    </message>
    <message>
        <source>The copy of “%1” kept on this computer is gone.</source>
        <translation>A cópia de “%1” mantida neste computador não existe mais.</translation>
    </message>
    <message>
        <source>This media was not kept and its id has expired: it cannot be fetched any more.</source>
        <translation>Esta mídia não foi mantida e o ID dela expirou: não é mais possível baixá-la.</translation>
    </message>
    <message>
        <source>Fetching the media from 360dialog…</source>
        <translation>Baixando a mídia da 360dialog…</translation>
    </message>
    <message>
        <source>This channel has no conversations yet.</source>
        <translation>Este canal ainda não tem conversas.</translation>
    </message>
    <message>
        <source>Delete Media</source>
        <translation>Excluir mídia</translation>
    </message>
    <message>
        <source>Delete “%1” from 360dialog?</source>
        <translation>Excluir “%1” da 360dialog?</translation>
    </message>
    <message>
        <source>Remove “%1” from the library?</source>
        <translation>Remover “%1” da biblioteca?</translation>
    </message>
    <message>
        <source>Media id %1 stops working at once, also in messages not yet sent. The copy kept on this computer is deleted too unless you keep it.</source>
        <translation>O ID de mídia %1 para de funcionar imediatamente, inclusive em mensagens ainda não enviadas. A cópia mantida neste computador também é excluída, a menos que você a mantenha.</translation>
    </message>
    <message>
        <source>The id has expired or was deleted already; the copy kept on this computer is deleted too unless you keep it.</source>
        <translation>O ID expirou ou já foi excluído; a cópia mantida neste computador também é excluída, a menos que você a mantenha.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Keep the copy on this computer</source>
        <translation>Manter a cópia neste computador</translation>
    </message>
    <message>
        <source>Delete Local Copy</source>
        <translation>Excluir cópia local</translation>
    </message>
    <message>
        <source>Delete the copy of “%1” kept on this computer?</source>
        <translation>Excluir a cópia de “%1” mantida neste computador?</translation>
    </message>
    <message>
        <source>The message stays in its conversation; while its media id is valid the file can be fetched again.</source>
        <translation>A mensagem permanece na conversa; enquanto o ID de mídia for válido, o arquivo poderá ser baixado novamente.</translation>
    </message>
    <message>
        <source>Delete Copy</source>
        <translation>Excluir cópia</translation>
    </message>
    <message>
        <source>Not deleted from 360dialog: %1</source>
        <translation>Não excluída da 360dialog: %1</translation>
    </message>
    <message>
        <source>&amp;Attach to the composer of:</source>
        <translation>&amp;Anexar ao editor de mensagens de:</translation>
    </message>
    <message>
        <source>Search media</source>
        <translation>Pesquisar mídia</translation>
    </message>
    <message>
        <source>Media library</source>
        <translation>Biblioteca de mídia</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MediaPreviewDialog</name>
    <message>
        <source>Media: %1</source>
        <translation>Mídia: %1</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamanho:</translation>
    </message>
    <message>
        <source>Dimensions:</source>
        <translation>Dimensões:</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>Media id:</source>
        <translation>ID de mídia:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Origem:</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Validade:</translation>
    </message>
    <message>
        <source>Kept locally:</source>
        <translation>Mantida localmente:</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <source>Save Media As</source>
        <translation>Salvar mídia como</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Ajustar</translation>
    </message>
    <message>
        <source>Show the whole picture in the window</source>
        <translation>Mostrar a imagem inteira na janela</translation>
    </message>
    <message>
        <source>One pixel of the picture per pixel of the screen</source>
        <translation>Um pixel da imagem por pixel da tela</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MessageDelegate</name>
    <message>
        <source>Before the edit: %1</source>
        <translation>Antes da edição: %1</translation>
    </message>
    <message>
        <source>Go to the quoted message</source>
        <translation>Ir para a mensagem citada</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproduzir</translation>
    </message>
    <message>
        <source>Click or drag to move in the recording</source>
        <translation>Clique ou arraste para se mover na gravação</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MessageInfoDialog</name>
    <message>
        <source>Message info</source>
        <translation>Dados da mensagem</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Direção:</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebida</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Sent at:</source>
        <translation>Enviada em:</translation>
    </message>
    <message>
        <source>Stored at:</source>
        <translation>Armazenada em:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Erro:</translation>
    </message>
    <message>
        <source>Edited at:</source>
        <translation>Editada em:</translation>
    </message>
    <message>
        <source>Deleted at:</source>
        <translation>Excluída em:</translation>
    </message>
    <message>
        <source>Message id:</source>
        <translation>ID da mensagem:</translation>
    </message>
    <message>
        <source>(not sent yet)</source>
        <translation>(ainda não enviada)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Preço</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Cobrável</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>No status received yet.</source>
        <translation>Nenhum status recebido ainda.</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Histórico de status</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MessageListModel</name>
    <message>
        <source>Original message not available</source>
        <translation>Mensagem original indisponível</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MessageListView</name>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Jump to the newest message</source>
        <translation>Ir para a mensagem mais recente</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MessageQuote</name>
    <message>
        <source>you</source>
        <translation>você</translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <translation>Esta mensagem foi excluída</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Figurinha</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Documento %1</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Localização: %1</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Cartão de contato</translation>
    </message>
    <message>
        <source>Contact card: %1</source>
        <translation>Cartão de contato: %1</translation>
    </message>
    <message>
        <source>a message</source>
        <translation>uma mensagem</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::NewConversationDialog</name>
    <message>
        <source>Mobile</source>
        <translation>Celular</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>Fixo</translation>
    </message>
    <message>
        <source>Mobile or landline</source>
        <translation>Celular ou fixo</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <source>Start a conversation</source>
        <translation>Iniciar uma conversa</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s WhatsApp number. Businesses can write first only with an approved template; free-form messages are possible once the customer replies.</source>
        <translation>Informe o número do WhatsApp do cliente. Empresas só podem escrever primeiro com um modelo aprovado; mensagens livres são possíveis depois que o cliente responder.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <source>+49 151 12345678</source>
        <translation>+49 151 12345678</translation>
    </message>
    <message>
        <source>Start conversation</source>
        <translation>Iniciar conversa</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Número</translation>
    </message>
    <message>
        <source>Enter the number with its country code, for example +49 151 12345678.</source>
        <translation>Informe o número com o código do país, por exemplo +49 151 12345678.</translation>
    </message>
    <message>
        <source>Only digits, spaces, dashes, dots, parentheses and one leading + can be part of a number.</source>
        <translation>Um número só pode conter dígitos, espaços, hífens, pontos, parênteses e um + inicial.</translation>
    </message>
    <message>
        <source>Add the country code (for example +49 for Germany): this channel&apos;s country is not known, so a number starting with 0 cannot be read.</source>
        <translation>Adicione o código do país (por exemplo, +49 para a Alemanha): o país deste canal não é conhecido, então um número que começa com 0 não pode ser interpretado.</translation>
    </message>
    <message>
        <source>No country has this code. Start with + and the country code, for example +44.</source>
        <translation>Nenhum país tem este código. Comece com + e o código do país, por exemplo +44.</translation>
    </message>
    <message>
        <source>Too short for a phone number: enter the country code, the area or mobile code and the number.</source>
        <translation>Curto demais para um número de telefone: informe o código do país, o código de área ou de celular e o número.</translation>
    </message>
    <message>
        <source>Too short for a phone number in %1: enter the area or mobile code and the whole number.</source>
        <translation>Curto demais para um número de telefone (%1): informe o código de área ou de celular e o número completo.</translation>
    </message>
    <message>
        <source>Too long for a phone number (at most 15 digits with the country code).</source>
        <translation>Longo demais para um número de telefone (no máximo 15 dígitos com o código do país).</translation>
    </message>
    <message>
        <source>This is not a valid phone number. Check the digits.</source>
        <translation>Este não é um número de telefone válido. Verifique os dígitos.</translation>
    </message>
    <message>
        <source>This is not a valid phone number in %1. Check the digits.</source>
        <translation>Este não é um número de telefone válido (%1). Verifique os dígitos.</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <extracomment>Shown under the number field when the number is valid: ✓ +49 1511 2345678 · Mobile · Germany</extracomment>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Include the country code: this channel&apos;s country is not known.</source>
        <translation>Inclua o código do país: o país deste canal não é conhecido.</translation>
    </message>
    <message>
        <source>Numbers without a country code are read as numbers in %1.</source>
        <translation>Números sem código do país são interpretados como números deste país: %1.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::PartnerActions</name>
    <message>
        <source>&amp;Partner Console…</source>
        <translation>&amp;Console do parceiro…</translation>
    </message>
    <message>
        <source>Your 360dialog clients and their numbers: status, usage, and adding a number to WabaDesk with a generated key</source>
        <translation>Seus clientes da 360dialog e os números deles: status, uso e adição de um número ao WabaDesk com uma chave gerada</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::PartnerChannelModel</name>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Ilimitado</translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation>%1 por dia</translation>
    </message>
    <message>
        <source>The number is being set up; 360dialog gives a key once it is ready.</source>
        <translation>O número está sendo configurado; a 360dialog fornece uma chave quando ele estiver pronto.</translation>
    </message>
    <message>
        <source>Ready: a key can be generated; billing starts with the first conversation.</source>
        <translation>Pronto: uma chave pode ser gerada; a cobrança começa com a primeira conversa.</translation>
    </message>
    <message>
        <source>Running: the number sends and receives.</source>
        <translation>Ativo: o número envia e recebe mensagens.</translation>
    </message>
    <message>
        <source>Messaging limit: unique customers a business can start conversations with in 24 hours.</source>
        <translation>Limite de mensagens: clientes únicos com quem uma empresa pode iniciar conversas em 24 horas.</translation>
    </message>
    <message>
        <source>WabaDesk has this number as “%1”.</source>
        <translation>O WabaDesk tem este número como “%1”.</translation>
    </message>
    <message>
        <source>Not in WabaDesk on this computer.</source>
        <translation>Não está no WabaDesk neste computador.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Produção</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <source>Messaging limit</source>
        <translation>Limite de mensagens</translation>
    </message>
    <message>
        <source>In WabaDesk</source>
        <translation>No WabaDesk</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::PartnerClientDelegate</name>
    <message>
        <source>no numbers yet</source>
        <translation>nenhum número ainda</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n número</numerusform>
            <numerusform>%n números</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::PartnerClientModel</name>
    <message>
        <source>%1
%2 · %3
Client id %4</source>
        <translation>%1
%2 · %3
ID do cliente %4</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::PartnerConsole</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>Change &amp;Key…</source>
        <translation>Alterar &amp;chave…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>No client selected</source>
        <translation>Nenhum cliente selecionado</translation>
    </message>
    <message>
        <source>&amp;Add to WabaDesk…</source>
        <translation>&amp;Adicionar ao WabaDesk…</translation>
    </message>
    <message>
        <source>Partner Console</source>
        <translation>Console do parceiro</translation>
    </message>
    <message>
        <source>Load the clients, channels and usage again</source>
        <translation>Carregar novamente os clientes, canais e uso</translation>
    </message>
    <message>
        <source>Use another partner id or Partner API key</source>
        <translation>Usar outro ID de parceiro ou outra chave da Partner API</translation>
    </message>
    <message>
        <source>Remove the Partner API key from this computer&apos;s keychain</source>
        <translation>Remover a chave da Partner API do chaveiro deste computador</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Remove the Partner API key from this computer?</source>
        <translation>Remover a chave da Partner API deste computador?</translation>
    </message>
    <message>
        <source>WabaDesk deletes the key from the keychain. Nothing changes at 360dialog, and the channels you added keep their own keys.</source>
        <translation>O WabaDesk exclui a chave do chaveiro. Nada muda na 360dialog, e os canais que você adicionou mantêm as próprias chaves.</translation>
    </message>
    <message>
        <source>The key could not be removed</source>
        <translation>Não foi possível remover a chave</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Pesquisar clientes</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canais</translation>
    </message>
    <message>
        <source>The Partner API key could not be read from the keychain</source>
        <translation>Não foi possível ler a chave da Partner API no chaveiro</translation>
    </message>
    <message>
        <source>Unlock or start the system&apos;s keychain, or enter the key again.</source>
        <translation>Desbloqueie ou inicie o chaveiro do sistema, ou informe a chave novamente.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not connected to a partner account&lt;/b&gt;</source>
        <translation>&lt;b&gt;Não conectado a uma conta de parceiro&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Partner %1&lt;/b&gt;&amp;nbsp;&amp;nbsp; &lt;span style=&quot;color:%4&quot;&gt;key %2 · Partner API at %3&lt;/span&gt;</source>
        <extracomment>Partner id, then the Partner API key&apos;s last characters and the Partner API&apos;s host.</extracomment>
        <translation>&lt;b&gt;Parceiro %1&lt;/b&gt;&amp;nbsp;&amp;nbsp; &lt;span style=&quot;color:%4&quot;&gt;chave %2 · Partner API em %3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Change Key…</source>
        <translation>Alterar chave…</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>This partner account has no clients yet. Clients appear here once they signed up through your Partner Hub&apos;s onboarding.</source>
        <translation>Esta conta de parceiro ainda não tem clientes. Os clientes aparecem aqui depois de se cadastrarem pelo onboarding do seu Partner Hub.</translation>
    </message>
    <message>
        <source>Select a client to see its numbers and usage.</source>
        <translation>Selecione um cliente para ver os números e o uso dele.</translation>
    </message>
    <message>
        <source>client since %1</source>
        <translation>cliente desde %1</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Generate &amp;New Key…</source>
        <translation>Gerar &amp;nova chave…</translation>
    </message>
    <message>
        <source>This client has no numbers yet.</source>
        <translation>Este cliente ainda não tem números.</translation>
    </message>
    <message>
        <source>Select a number.</source>
        <translation>Selecione um número.</translation>
    </message>
    <message>
        <source>This number is still being set up; 360dialog gives it a key once it is ready.</source>
        <translation>Este número ainda está sendo configurado; a 360dialog fornece uma chave a ele quando estiver pronto.</translation>
    </message>
    <message>
        <source>A key can be generated only for a ready or running number.</source>
        <translation>Só é possível gerar uma chave para um número pronto ou ativo.</translation>
    </message>
    <message>
        <source>WabaDesk has this number as “%1”. A new key replaces the one it uses and revokes the old one.</source>
        <translation>O WabaDesk tem este número como “%1”. Uma nova chave substitui a que ele usa e revoga a antiga.</translation>
    </message>
    <message>
        <source>Generates the number&apos;s API key into this computer&apos;s keychain; its current key stops working.</source>
        <translation>Gera a chave de API do número no chaveiro deste computador; a chave atual dele para de funcionar.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::PartnerSetupPanel</name>
    <message>
        <source>Check and &amp;Connect</source>
        <translation>Verificar e co&amp;nectar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Connect your 360dialog partner account</source>
        <translation>Conecte sua conta de parceiro da 360dialog</translation>
    </message>
    <message>
        <source>&lt;p&gt;With the Partner API, WabaDesk lists your clients and their numbers, shows their balance and usage, and adds a number to WabaDesk with a key it generates — no copying keys from the Hub.&lt;/p&gt;&lt;p&gt;Create a Partner API key in the Partner Hub (&lt;i&gt;Partner Integration → API Keys&lt;/i&gt;). WabaDesk checks it, then keeps it in this computer&apos;s keychain. The partner id is in the Partner Hub&apos;s address and ends in “PA”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Com a Partner API, o WabaDesk lista seus clientes e os números deles, mostra o saldo e o uso deles e adiciona um número ao WabaDesk com uma chave que ele mesmo gera — sem copiar chaves do Hub.&lt;/p&gt;&lt;p&gt;Crie uma chave da Partner API no Partner Hub (&lt;i&gt;Partner Integration → API Keys&lt;/i&gt;). O WabaDesk a verifica e depois a guarda no chaveiro deste computador. O ID de parceiro está no endereço do Partner Hub e termina em “PA”.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Partner id</source>
        <translation>ID de parceiro</translation>
    </message>
    <message>
        <source>e.g. aB3dE5PA</source>
        <translation>p. ex., aB3dE5PA</translation>
    </message>
    <message>
        <source>Partner API key</source>
        <translation>Chave da Partner API</translation>
    </message>
    <message>
        <source>Paste the Partner API key</source>
        <translation>Cole a chave da Partner API</translation>
    </message>
    <message>
        <source>Partner API URL</source>
        <translation>URL da Partner API</translation>
    </message>
    <message>
        <source>Change it only for a test environment such as WabaDesk&apos;s sandbox.</source>
        <translation>Altere-a só para um ambiente de teste, como o sandbox do WabaDesk.</translation>
    </message>
    <message>
        <source>&amp;Partner id:</source>
        <translation>&amp;ID de parceiro:</translation>
    </message>
    <message>
        <source>Partner API &amp;key:</source>
        <translation>&amp;Chave da Partner API:</translation>
    </message>
    <message>
        <source>Partner API &amp;URL:</source>
        <translation>&amp;URL da Partner API:</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>Verificando a chave…</translation>
    </message>
    <message>
        <source>The Partner API URL must be an http(s) URL, normally %1.</source>
        <translation>A URL da Partner API deve ser uma URL http(s), normalmente %1.</translation>
    </message>
    <message>
        <source>Check the Partner API URL</source>
        <translation>Verifique a URL da Partner API</translation>
    </message>
    <message>
        <source>The key works, but the keychain did not keep it</source>
        <translation>A chave funciona, mas o chaveiro não a guardou</translation>
    </message>
    <message>
        <source>Start the system&apos;s keychain (on Linux a Secret Service such as GNOME Keyring) and try again.</source>
        <translation>Inicie o chaveiro do sistema (no Linux, um Secret Service como GNOME Keyring) e tente novamente.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::PhotoCropDialog</name>
    <message>
        <source>Crop Profile Photo</source>
        <translation>Recortar foto do perfil</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Drag the square to choose what is shown; zoom to show less of the photo.</source>
        <translation>Arraste o quadrado para escolher o que é exibido; aumente o zoom para mostrar uma parte menor da foto.</translation>
    </message>
    <message>
        <source>Customers see:</source>
        <translation>Os clientes veem:</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <source>Use Photo</source>
        <translation>Usar foto</translation>
    </message>
    <message>
        <source>Uploaded as %1×%1 pixels (JPEG).</source>
        <translation>Carregada com %1×%1 pixels (JPEG).</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::PlaybackController</name>
    <message>
        <source>Cannot be played here: a codec for it is missing (GStreamer&apos;s plugins).</source>
        <translation>Não é possível reproduzir aqui: falta um codec para este formato (plugins do GStreamer).</translation>
    </message>
    <message>
        <source>Cannot be played here: this format is not supported.</source>
        <translation>Não é possível reproduzir aqui: este formato não é suportado.</translation>
    </message>
    <message>
        <source>Cannot be played: the file is damaged or not a recording.</source>
        <translation>Não é possível reproduzir: o arquivo está danificado ou não é uma gravação.</translation>
    </message>
    <message>
        <source>Cannot be played: the file cannot be opened.</source>
        <translation>Não é possível reproduzir: o arquivo não pode ser aberto.</translation>
    </message>
    <message>
        <source>Cannot be played: the file could not be read.</source>
        <translation>Não é possível reproduzir: não foi possível ler o arquivo.</translation>
    </message>
    <message>
        <source>Cannot be played.</source>
        <translation>Não é possível reproduzir.</translation>
    </message>
    <message>
        <source>Cannot be played: this system has no media playback.</source>
        <translation>Não é possível reproduzir: este sistema não tem reprodução de mídia.</translation>
    </message>
    <message>
        <source>Cannot be played: the player did not respond.</source>
        <translation>Não é possível reproduzir: o reprodutor não respondeu.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::PreferencesDialog</name>
    <message>
        <source>&amp;Enter sends the message, Shift+Enter starts a new line</source>
        <translation>&amp;Enter envia a mensagem, Shift+Enter inicia uma nova linha</translation>
    </message>
    <message>
        <source>&amp;Ctrl+Enter sends the message, Enter starts a new line</source>
        <translation>&amp;Ctrl+Enter envia a mensagem, Enter inicia uma nova linha</translation>
    </message>
    <message>
        <source>Show desktop &amp;notifications for new customer messages</source>
        <translation>Mostrar &amp;notificações na área de trabalho para novas mensagens de clientes</translation>
    </message>
    <message>
        <source>Send &amp;read receipts when I open a conversation</source>
        <translation>Enviar confirmações de &amp;leitura ao abrir uma conversa</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Editor de mensagens</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>Muted channels</source>
        <translation>Canais silenciados</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Mute these channels:</source>
        <translation>&amp;Silenciar estes canais:</translation>
    </message>
    <message>
        <source>A muted channel raises no notification; its new messages still count as unread.</source>
        <translation>Um canal silenciado não gera notificações; as novas mensagens dele continuam contando como não lidas.</translation>
    </message>
    <message>
        <source>Read receipts</source>
        <translation>Confirmações de leitura</translation>
    </message>
    <message>
        <source>Customers see blue ticks once you have opened their conversation.</source>
        <translation>Os clientes veem os tiques azuis assim que você abre a conversa deles.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envio</translation>
    </message>
    <message>
        <source> messages/s</source>
        <extracomment>Unit after the rate limit spin box.</extracomment>
        <translation> mensagens/s</translation>
    </message>
    <message>
        <source>Rate limit per channel, messages per second</source>
        <translation>Limite de envio por canal, mensagens por segundo</translation>
    </message>
    <message>
        <source>Rate &amp;limit per channel:</source>
        <translation>Li&amp;mite de envio por canal:</translation>
    </message>
    <message>
        <source>WhatsApp lets a number send 80 messages per second by default, up to 1,000 on higher tiers. The outbox never sends faster than this on any one channel.</source>
        <translation>O WhatsApp permite que um número envie 80 mensagens por segundo por padrão, e até 1.000 em níveis mais altos. A caixa de saída nunca envia mais rápido que isso em nenhum canal.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Padrão do sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Idioma da interface:</translation>
    </message>
    <message>
        <source>Takes effect after restarting WabaDesk.</source>
        <translation>Entra em vigor após reiniciar o WabaDesk.</translation>
    </message>
    <message>
        <source>Received media</source>
        <translation>Mídia recebida</translation>
    </message>
    <message>
        <source> MB</source>
        <extracomment>Unit after the archive size spin box (megabytes).</extracomment>
        <translation> MB</translation>
    </message>
    <message>
        <source>Largest file kept, in megabytes</source>
        <translation>Maior arquivo mantido, em megabytes</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Unit after the retention spin box.</extracomment>
        <translation> dias</translation>
    </message>
    <message>
        <source>For ever</source>
        <translation>Para sempre</translation>
    </message>
    <message>
        <source>Keep received media for this many days</source>
        <translation>Manter a mídia recebida por este número de dias</translation>
    </message>
    <message>
        <source>Keep files up &amp;to:</source>
        <translation>Manter arquivos a&amp;té:</translation>
    </message>
    <message>
        <source>Delete kept files &amp;after:</source>
        <translation>Excluir arquivos mantidos &amp;após:</translation>
    </message>
    <message>
        <source>Images, voice notes and documents that customers send are downloaded as they arrive (their media ids expire after 7 days). Larger files stay on the server and can be fetched while their id is valid.</source>
        <translation>Imagens, mensagens de voz e documentos que os clientes enviam são baixados assim que chegam (os IDs de mídia deles expiram após 7 dias). Arquivos maiores ficam no servidor e podem ser baixados enquanto o ID for válido.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual ao sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Changes at once. &quot;Same as the system&quot; follows the desktop&apos;s light or dark setting.</source>
        <translation>Aplica-se imediatamente. “Igual ao sistema” segue a configuração clara ou escura da área de trabalho.</translation>
    </message>
    <message>
        <source>Your name in quick replies</source>
        <translation>Seu nome nas respostas rápidas</translation>
    </message>
    <message>
        <source>Quick replies put it where they say {agent}. Empty: your name on this computer.</source>
        <translation>As respostas rápidas o inserem onde aparece {agent}. Vazio: seu nome neste computador.</translation>
    </message>
    <message>
        <source>Your name in &amp;quick replies:</source>
        <translation>Seu nome nas &amp;respostas rápidas:</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Geral</translation>
    </message>
    <message>
        <source>N&amp;otifications</source>
        <translation>N&amp;otificações</translation>
    </message>
    <message>
        <source>&amp;Sending and Media</source>
        <translation>En&amp;vio e mídia</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::PricingReportDialog</name>
    <message>
        <source>Charged</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <source>Free: customer service window</source>
        <translation>Gratuito: janela de atendimento ao cliente</translation>
    </message>
    <message>
        <source>Free: entry point</source>
        <translation>Gratuito: ponto de entrada</translation>
    </message>
    <message>
        <source>Per conversation (older pricing)</source>
        <translation>Por conversa (preços antigos)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Pricing report — %1</source>
        <translation>Relatório de preços — %1</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Preço</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Outgoing messages of this channel as WhatsApp priced them in their status webhooks (per-message pricing). Since 1 October 2026 service replies and utility templates inside the 24-hour window are charged too.</source>
        <translation>Mensagens enviadas deste canal conforme o WhatsApp as precificou nos webhooks de status (preço por mensagem). Desde 1º de outubro de 2026, respostas de serviço e modelos de utilidade dentro da janela de 24 horas também são cobrados.</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Mês:</translation>
    </message>
    <message>
        <source>No priced messages in this month.</source>
        <translation>Nenhuma mensagem precificada neste mês.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) charged</source>
        <translation>
            <numerusform>%n mensagem cobrada</numerusform>
            <numerusform>%n mensagens cobradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n free</source>
        <translation>
            <numerusform>%n gratuita</numerusform>
            <numerusform>%n gratuitas</numerusform>
        </translation>
    </message>
    <message>
        <source>Export pricing report</source>
        <translation>Exportar relatório de preços</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>Messages by pricing category</source>
        <translation>Mensagens por categoria de preço</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ProfileAuditModel</name>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Linha de comando</translation>
    </message>
    <message>
        <source>WabaDesk</source>
        <translation>WabaDesk</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Changed with</source>
        <translation>Alterado com</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ProfileEditor</name>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;carregar</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Histórico…</translation>
    </message>
    <message>
        <source>A&amp;pply to Other Channels…</source>
        <translation>A&amp;plicar a outros canais…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;verter</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <extracomment>Shown next to Save while the form differs from the saved profile.</extracomment>
        <translation>● Alterações não salvas</translation>
    </message>
    <message>
        <source>Load the profile again from WhatsApp</source>
        <translation>Carregar o perfil novamente do WhatsApp</translation>
    </message>
    <message>
        <source>Every change made to this profile from WabaDesk</source>
        <translation>Todas as alterações feitas neste perfil pelo WabaDesk</translation>
    </message>
    <message>
        <source>No message store is open, so changes are not logged</source>
        <translation>Nenhum banco de mensagens está aberto, então as alterações não são registradas</translation>
    </message>
    <message>
        <source>Discard unsaved changes</source>
        <translation>Descartar as alterações não salvas</translation>
    </message>
    <message>
        <source>Send the changed fields to WhatsApp</source>
        <translation>Enviar os campos alterados ao WhatsApp</translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation>Perfil comercial</translation>
    </message>
    <message>
        <source>What customers see when they open this number&apos;s WhatsApp profile. The preview on the right follows your typing.</source>
        <translation>O que os clientes veem ao abrir o perfil do WhatsApp deste número. A prévia à direita acompanha o que você digita.</translation>
    </message>
    <message>
        <source>Loading the profile…</source>
        <translation>Carregando o perfil…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Could not reload; showing the profile loaded before.</source>
        <translation>Não foi possível recarregar; exibindo o perfil carregado antes.</translation>
    </message>
    <message>
        <source>The profile could not be loaded.</source>
        <translation>Não foi possível carregar o perfil.</translation>
    </message>
    <message>
        <source>Loaded at %1.</source>
        <translation>Carregado em %1.</translation>
    </message>
    <message>
        <source>Fix the fields marked in red first</source>
        <translation>Primeiro, corrija os campos marcados em vermelho</translation>
    </message>
    <message>
        <source>There is no other channel to copy the profile to</source>
        <translation>Não há outro canal para onde copiar o perfil</translation>
    </message>
    <message>
        <source>Save or revert your changes first: the saved profile is what is copied</source>
        <translation>Primeiro, salve ou reverta suas alterações: o perfil salvo é o que é copiado</translation>
    </message>
    <message>
        <source>Copy fields of this profile to other channels</source>
        <translation>Copiar campos deste perfil para outros canais</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Alterações descartadas.</translation>
    </message>
    <message>
        <source>The photo could not be written to a temporary file.</source>
        <translation>Não foi possível gravar a foto em um arquivo temporário.</translation>
    </message>
    <message>
        <source>Uploading the photo…</source>
        <translation>Carregando a foto…</translation>
    </message>
    <message>
        <source>The photo was not uploaded; nothing was saved.</source>
        <translation>A foto não foi carregada; nada foi salvo.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nada a salvar.</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red.</source>
        <translation>Não salvo: corrija os campos marcados em vermelho.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Não salvo.</translation>
    </message>
    <message>
        <source>Saved at %1: %2.</source>
        <extracomment>%1: the time, %2: the fields saved, e.g. &quot;About, Email&quot;.</extracomment>
        <translation>Salvo em %1: %2.</translation>
    </message>
    <message>
        <source>Choose Profile Photo</source>
        <translation>Escolher foto do perfil</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Imagens (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Profile Photo</source>
        <translation>Foto do perfil</translation>
    </message>
    <message>
        <source>Unsaved Profile Changes</source>
        <translation>Alterações não salvas no perfil</translation>
    </message>
    <message>
        <source>The business profile of %1 has changes that are not saved.</source>
        <translation>O perfil comercial de %1 tem alterações não salvas.</translation>
    </message>
    <message>
        <source>Discard them, or keep editing and save them first.</source>
        <translation>Descarte-as ou continue editando e salve-as primeiro.</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Descartar alterações</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Continuar editando</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ProfileForm</name>
    <message>
        <source>C&amp;hoose Photo…</source>
        <translation>Escolher &amp;foto…</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nome@example.com</translation>
    </message>
    <message>
        <source>Shown under the business name</source>
        <translation>Exibido abaixo do nome da empresa</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(não definido)</translation>
    </message>
    <message>
        <source>Choose a JPEG or PNG image; you crop it to a square before it is used</source>
        <translation>Escolha uma imagem JPEG ou PNG; você a recorta em um quadrado antes de ela ser usada</translation>
    </message>
    <message>
        <source>Profile photo</source>
        <translation>Foto do perfil</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>S&amp;obre:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Websites:</source>
        <translation>Si&amp;tes:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>Seto&amp;r:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <source>First website</source>
        <translation>Primeiro site</translation>
    </message>
    <message>
        <source>Second website</source>
        <translation>Segundo site</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Characters used of the field&apos;s limit, e.g. &quot;23 / 139&quot;.</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Shown under a profile field that breaks a rule, e.g. &quot;Email: &quot;x&quot; is not an email address&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>New photo: it is uploaded when you save.</source>
        <translation>Nova foto: ela será carregada quando você salvar.</translation>
    </message>
    <message>
        <source>JPEG or PNG, cropped to a square; at least %1×%1 pixels.</source>
        <translation>JPEG ou PNG, recortada em um quadrado; pelo menos %1×%1 pixels.</translation>
    </message>
    <message>
        <source>The current photo.</source>
        <translation>A foto atual.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ProfileHistoryDialog</name>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Profile History — %1</source>
        <extracomment>%1: the channel&apos;s name.</extracomment>
        <translation>Histórico do perfil — %1</translation>
    </message>
    <message>
        <source>Filter by text…</source>
        <translation>Filtrar por texto…</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>Filtrar por texto</translation>
    </message>
    <message>
        <source>Filter by field</source>
        <translation>Filtrar por campo</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Todos os campos</translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file</source>
        <translation>Salvar as linhas exibidas como um arquivo CSV</translation>
    </message>
    <message>
        <source>No changes logged yet. Changes saved from WabaDesk or wabadesk-cli appear here.</source>
        <translation>Nenhuma alteração registrada ainda. As alterações salvas pelo WabaDesk ou pelo wabadesk-cli aparecem aqui.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n alteração</numerusform>
            <numerusform>%n alterações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n change(s)</source>
        <extracomment>%1 of %2 changes shown after filtering.</extracomment>
        <translation>
            <numerusform>%1 de %n alteração</numerusform>
            <numerusform>%1 de %n alterações</numerusform>
        </translation>
    </message>
    <message>
        <source>profile-history-%1.csv</source>
        <extracomment>Suggested file name for the exported profile history; %1: channel name.</extracomment>
        <translation>historico-do-perfil-%1.csv</translation>
    </message>
    <message>
        <source>Export Profile History</source>
        <translation>Exportar histórico do perfil</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The history could not be saved to %1: %2</source>
        <translation>Não foi possível salvar o histórico em %1: %2</translation>
    </message>
    <message>
        <source>Profile changes</source>
        <translation>Alterações do perfil</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ProfilePreview</name>
    <message>
        <source>Preview of the business profile</source>
        <translation>Prévia do perfil comercial</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nome da empresa</translation>
    </message>
    <message>
        <source>Business account</source>
        <extracomment>Under the name in the preview, as WhatsApp labels business profiles.</extracomment>
        <translation>Conta comercial</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>No business details yet.</source>
        <extracomment>The preview&apos;s details card when every field is empty.</extracomment>
        <translation>Nenhum dado da empresa ainda.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::QuickRepliesDialog</name>
    <message>
        <source>&amp;New Reply</source>
        <translation>&amp;Nova resposta</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete the quick reply</source>
        <translation>Excluir a resposta rápida</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Mover para cima (Ctrl+↑)</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Mover para baixo (Ctrl+↓)</translation>
    </message>
    <message>
        <source>Sort A–Z</source>
        <translation>Ordenar A–Z</translation>
    </message>
    <message>
        <source>Sort by shortcut</source>
        <translation>Ordenar por atalho</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Reverter</translation>
    </message>
    <message>
        <source>Quick Replies</source>
        <translation>Respostas rápidas</translation>
    </message>
    <message>
        <source>Search shortcuts and texts</source>
        <translation>Pesquisar atalhos e textos</translation>
    </message>
    <message>
        <source>Search quick replies</source>
        <translation>Pesquisar respostas rápidas</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>Respostas rápidas</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
    <message>
        <source>thanks</source>
        <translation>obrigado</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Thank you, {first_name}! Is there anything else I can do for you?</source>
        <translation>Obrigado, {first_name}! Posso ajudar em algo mais?</translation>
    </message>
    <message>
        <source>Insert &amp;Variable</source>
        <translation>Inserir &amp;variável</translation>
    </message>
    <message>
        <source>Filled in when the reply goes into a message</source>
        <translation>As variáveis são preenchidas quando a resposta é inserida em uma mensagem</translation>
    </message>
    <message>
        <source>The customer&apos;s name</source>
        <translation>O nome do cliente</translation>
    </message>
    <message>
        <source>The customer&apos;s first name</source>
        <translation>O primeiro nome do cliente</translation>
    </message>
    <message>
        <source>Your name (Preferences)</source>
        <translation>Seu nome (Preferências)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>S&amp;hortcut:</source>
        <translation>&amp;Atalho:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>In a message, type / and the shortcut, then Enter or Tab.</source>
        <translation>Em uma mensagem, digite / e o atalho e depois pressione Enter ou Tab.</translation>
    </message>
    <message>
        <source>New quick reply</source>
        <translation>Nova resposta rápida</translation>
    </message>
    <message>
        <source>/%1</source>
        <translation>/%1</translation>
    </message>
    <message>
        <source>Delete Quick Reply</source>
        <translation>Excluir resposta rápida</translation>
    </message>
    <message>
        <source>Delete the quick reply /%1?</source>
        <translation>Excluir a resposta rápida /%1?</translation>
    </message>
    <message>
        <source>Messages already sent with it stay as they are.</source>
        <translation>As mensagens já enviadas com ela continuam como estão.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Discard the changes to this quick reply?</source>
        <translation>Descartar as alterações desta resposta rápida?</translation>
    </message>
    <message>
        <source>They break a rule (see the message under the field), so they cannot be saved.</source>
        <translation>Elas violam uma regra (veja a mensagem abaixo do campo), por isso não podem ser salvas.</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Descartar alterações</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Continuar editando</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::QuickReplyPopup</name>
    <message>
        <source>Quick replies</source>
        <translation>Respostas rápidas</translation>
    </message>
    <message>
        <source>Matching quick replies</source>
        <translation>Respostas rápidas correspondentes</translation>
    </message>
    <message>
        <source>No quick replies yet. Save the answers you give every day and type / and a shortcut to insert one.</source>
        <translation>Nenhuma resposta rápida ainda. Salve as respostas que você dá todos os dias e digite / e um atalho para inserir uma.</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter or Tab insert · Esc close</source>
        <extracomment>Keys of the quick reply list in the composer.</extracomment>
        <translation>↑↓ para escolher · Enter ou Tab para inserir · Esc para fechar</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Gerenciar…</translation>
    </message>
    <message>
        <source>Add, edit and order the quick replies</source>
        <translation>Adicionar, editar e ordenar as respostas rápidas</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::QuickSwitcher</name>
    <message>
        <source>Muted</source>
        <translation>Silenciado</translation>
    </message>
    <message>
        <source>Quick switcher</source>
        <translation>Troca rápida</translation>
    </message>
    <message>
        <source>Go to conversation or channel</source>
        <translation>Ir para conversa ou canal</translation>
    </message>
    <message>
        <source>Go to a conversation or channel — name, number or channel</source>
        <translation>Ir para uma conversa ou canal — nome, número ou canal</translation>
    </message>
    <message>
        <source>Matching conversations and channels</source>
        <translation>Conversas e canais correspondentes</translation>
    </message>
    <message>
        <source>&amp;Open Channel</source>
        <translation>&amp;Abrir canal</translation>
    </message>
    <message>
        <source>&amp;Open Conversation</source>
        <translation>&amp;Abrir conversa</translation>
    </message>
    <message>
        <source>&amp;Mute Notifications</source>
        <extracomment>%1: the channel&apos;s name.</extracomment>
        <translation>&amp;Silenciar notificações</translation>
    </message>
    <message>
        <source>&amp;Mute Notifications for %1</source>
        <translation>&amp;Silenciar notificações de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · ↑↓ to choose · Enter to open · Esc to close</source>
        <translation>
            <numerusform>%n resultado · ↑↓ para escolher · Enter para abrir · Esc para fechar</numerusform>
            <numerusform>%n resultados · ↑↓ para escolher · Enter para abrir · Esc para fechar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::QuickSwitcherModel</name>
    <message>
        <source> · </source>
        <extracomment>Separates the number and the channel in the quick switcher.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>Channel</source>
        <extracomment>Subtitle of a channel in the quick switcher: &quot;Channel · +49 30 1234567&quot;.</extracomment>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Channel · %1</source>
        <translation>Canal · %1</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>Canal %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n não lida</numerusform>
            <numerusform>%n não lidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ReplyBar</name>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Cancel the reply (Esc)</source>
        <translation>Cancelar a resposta (Esc)</translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation>Cancelar resposta</translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation>Respondendo a %1</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::RotateKeyDialog</name>
    <message>
        <source>Rotate API Key — %1</source>
        <translation>Trocar chave de API — %1</translation>
    </message>
    <message>
        <source>Replace the API key of “%1”</source>
        <translation>Substituir a chave de API de “%1”</translation>
    </message>
    <message>
        <source>&lt;p&gt;Generate a new key for this number in the 360dialog Hub, then paste it here.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Only the newest key of a number works:&lt;/b&gt; the moment a new key is generated, the old one stops working, and 360dialog resets the number&apos;s webhook.&lt;/p&gt;&lt;p&gt;WabaDesk checks the new key first, then replaces the old one in the keychain and sets the webhooks it knows again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Gere uma nova chave para este número no 360dialog Hub e cole-a aqui.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Só a chave mais recente de um número funciona:&lt;/b&gt; no momento em que uma nova chave é gerada, a antiga para de funcionar, e a 360dialog redefine o webhook do número.&lt;/p&gt;&lt;p&gt;O WabaDesk verifica a nova chave primeiro, depois substitui a antiga no chaveiro e configura novamente os webhooks que conhece.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nova chave de API</translation>
    </message>
    <message>
        <source>Paste the new D360-API-KEY</source>
        <translation>Cole a nova D360-API-KEY</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Número:</translation>
    </message>
    <message>
        <source>Current key:</source>
        <translation>Chave atual:</translation>
    </message>
    <message>
        <source>&amp;New key:</source>
        <translation>&amp;Nova chave:</translation>
    </message>
    <message>
        <source>Checking the new key…</source>
        <translation>Verificando a nova chave…</translation>
    </message>
    <message>
        <source>Check and &amp;Replace</source>
        <translation>Verificar e &amp;substituir</translation>
    </message>
    <message>
        <source>&lt;b&gt;The key was replaced (now %1), but a webhook was not set again.&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;i&gt;Open the channel&apos;s Webhooks tab and save the webhook again.&lt;/i&gt;</source>
        <translation>&lt;b&gt;A chave foi substituída (agora %1), mas um webhook não foi configurado novamente.&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;i&gt;Abra a aba Webhooks do canal e salve o webhook novamente.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;The old key is unchanged.</source>
        <translation>&lt;br&gt;A chave antiga não foi alterada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Key replaced.&lt;/b&gt; The channel now uses the key %1; the old key is gone from the keychain.</source>
        <translation>&lt;b&gt;Chave substituída.&lt;/b&gt; O canal agora usa a chave %1; a chave antiga foi removida do chaveiro.</translation>
    </message>
    <message>
        <source>phone-number webhook: %1</source>
        <translation>webhook do número de telefone: %1</translation>
    </message>
    <message>
        <source>WABA webhook: %1</source>
        <translation>webhook da WABA: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;No webhook had been set through WabaDesk, so there was none to set again. If 360dialog delivered to a webhook before, set it again in the Webhooks tab.</source>
        <translation>&lt;br&gt;Nenhum webhook havia sido configurado pelo WabaDesk, então não havia nenhum para configurar novamente. Se a 360dialog entregava para um webhook antes, configure-o novamente na aba Webhooks.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Webhook re-applied — %1.</source>
        <translation>&lt;br&gt;Webhook reaplicado — %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::SearchDialog</name>
    <message>
        <source>Search messages</source>
        <translation>Pesquisar mensagens</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::SearchPanel</name>
    <message>
        <source>Search messages in all conversations</source>
        <translation>Pesquisar mensagens em todas as conversas</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Pesquisar mensagens</translation>
    </message>
    <message>
        <source>Messages found</source>
        <translation>Mensagens encontradas</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>No messages found</source>
        <translation>Nenhuma mensagem encontrada</translation>
    </message>
    <message>
        <source>Messages · %1</source>
        <extracomment>Section header above the search results, with their number</extracomment>
        <translation>Mensagens · %1</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::SearchResultModel</name>
    <message>
        <source>You: %1</source>
        <translation>Você: %1</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::TemplateButtonsEditor</name>
    <message>
        <source>Quick reply</source>
        <translation>Resposta rápida</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Call phone number</source>
        <translation>Ligar para número de telefone</translation>
    </message>
    <message>
        <source>Copy offer code</source>
        <translation>Copiar código da oferta</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>Senha de uso único</translation>
    </message>
    <message>
        <source>Add button</source>
        <translation>Adicionar botão</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <source>Remove this button</source>
        <translation>Remover este botão</translation>
    </message>
    <message>
        <source>Remove button</source>
        <translation>Remover botão</translation>
    </message>
    <message>
        <source>Button label (up to 25 characters)</source>
        <translation>Rótulo do botão (até 25 caracteres)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>https://example.com/track/{{1}}</source>
        <translation>https://example.com/track/{{1}}</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Sample for {{1}} at the end of the address</source>
        <translation>Exemplo para {{1}} no final do endereço</translation>
    </message>
    <message>
        <source>Add {{1}}</source>
        <translation>Adicionar {{1}}</translation>
    </message>
    <message>
        <source>Let each message add its own ending to the address</source>
        <translation>Permitir que cada mensagem adicione seu próprio final ao endereço</translation>
    </message>
    <message>
        <source>Suffix sample</source>
        <translation>Exemplo de sufixo</translation>
    </message>
    <message>
        <source>+15550051310</source>
        <translation>+15550051310</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <source>Sample code, up to 15 characters</source>
        <translation>Código de exemplo, até 15 caracteres</translation>
    </message>
    <message>
        <source>Sample code</source>
        <translation>Código de exemplo</translation>
    </message>
    <message>
        <source>One-tap autofill</source>
        <translation>Preenchimento automático com um toque</translation>
    </message>
    <message>
        <source>Zero-tap</source>
        <translation>Toque zero</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Android package, e.g. com.example.app</source>
        <translation>Pacote Android, p. ex., com.example.app</translation>
    </message>
    <message>
        <source>App signature hash (11 characters)</source>
        <translation>Hash de assinatura do app (11 caracteres)</translation>
    </message>
    <message>
        <source>App package</source>
        <translation>Pacote do app</translation>
    </message>
    <message>
        <source>Signature hash</source>
        <translation>Hash de assinatura</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::TemplateComposer</name>
    <message>
        <source>Choose sample file…</source>
        <translation>Escolher arquivo de exemplo…</translation>
    </message>
    <message>
        <source>Add &quot;For your security, do not share this code.&quot;</source>
        <translation>Adicionar &quot;Para sua segurança, não compartilhe este código.&quot;</translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation>Enviar para análise</translation>
    </message>
    <message>
        <source>New Message Template</source>
        <translation>Novo modelo de mensagem</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prévia&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Load a template from a JSON file</source>
        <translation>Carregar um modelo de um arquivo JSON</translation>
    </message>
    <message>
        <source>Import Template</source>
        <translation>Importar modelo</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the template as JSON, e.g. to keep it in version control</source>
        <translation>Salvar o modelo como JSON, p. ex., para mantê-lo em controle de versão</translation>
    </message>
    <message>
        <source>Export Template</source>
        <translation>Exportar modelo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>order_update (lower-case letters, digits, _)</source>
        <translation>order_update (letras minúsculas, dígitos, _)</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nome do modelo</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Utilidade</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categoria</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Numbered: {{1}}, {{2}}</source>
        <translation>Numeradas: {{1}}, {{2}}</translation>
    </message>
    <message>
        <source>Named: {{first_name}}</source>
        <translation>Nomeadas: {{first_name}}</translation>
    </message>
    <message>
        <source>&amp;Variables</source>
        <translation>&amp;Variáveis</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Header text, up to 60 characters, at most one variable</source>
        <translation>Texto do cabeçalho, até 60 caracteres, no máximo uma variável</translation>
    </message>
    <message>
        <source>Header text</source>
        <translation>Texto do cabeçalho</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Imagens (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Videos (*.mp4)</source>
        <translation>Vídeos (*.mp4)</translation>
    </message>
    <message>
        <source>Documents (*.pdf)</source>
        <translation>Documentos (*.pdf)</translation>
    </message>
    <message>
        <source>Sample for the Header</source>
        <translation>Exemplo para o cabeçalho</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <source>+ Variable</source>
        <translation>+ Variável</translation>
    </message>
    <message>
        <source>Insert a variable at the cursor</source>
        <translation>Inserir uma variável no cursor</translation>
    </message>
    <message>
        <source>Bold (*text*)</source>
        <translation>Negrito (*texto*)</translation>
    </message>
    <message>
        <source>Italic (_text_)</source>
        <translation>Itálico (_texto_)</translation>
    </message>
    <message>
        <source>Strikethrough (~text~)</source>
        <translation>Tachado (~texto~)</translation>
    </message>
    <message>
        <source>Monospace (```text```)</source>
        <translation>Monoespaçado (```texto```)</translation>
    </message>
    <message>
        <source>Body text</source>
        <translation>Texto do corpo</translation>
    </message>
    <message>
        <source>Hi {{1}}, your order {{2}} has shipped.</source>
        <translation>Olá {{1}}, seu pedido {{2}} foi enviado.</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Não exibido</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Code expires after</source>
        <translation>O código expira após</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corpo</translation>
    </message>
    <message>
        <source>Optional, up to 60 characters, no variables</source>
        <translation>Opcional, até 60 caracteres, sem variáveis</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Rodapé</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Botões</translation>
    </message>
    <message>
        <source>Sample uploaded</source>
        <translation>Exemplo carregado</translation>
    </message>
    <message>
        <source>Meta reviews the template with a sample %1.</source>
        <translation>A Meta analisa o modelo com um exemplo de %1.</translation>
    </message>
    <message>
        <source>Connect the channel to upload a sample.</source>
        <translation>Conecte o canal para carregar um exemplo.</translation>
    </message>
    <message>
        <source>Ready to submit.</source>
        <translation>Pronto para enviar.</translation>
    </message>
    <message>
        <source>%1 to fix, %2 to check.</source>
        <extracomment>%1 is &quot;%n problem(s)&quot;, %2 is &quot;%n warning(s)&quot;</extracomment>
        <translation>%1 a corrigir, %2 a verificar.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the problems shown beside the fields first.</source>
        <translation>Primeiro, corrija os problemas indicados ao lado dos campos.</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Carregando %1…</translation>
    </message>
    <message>
        <source>%1 was not uploaded.</source>
        <translation>%1 não foi carregado.</translation>
    </message>
    <message>
        <source>✔ %1 uploaded as the sample.</source>
        <translation>✔ %1 carregado como exemplo.</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Submitted. Waiting for WhatsApp&apos;s review…</source>
        <translation>Enviado. Aguardando a análise do WhatsApp…</translation>
    </message>
    <message>
        <source>✔ Approved. The template can be sent now.</source>
        <translation>✔ Aprovado. O modelo já pode ser enviado.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nenhum motivo informado</translation>
    </message>
    <message>
        <source>✖ Rejected (%1). Fix it and submit under a new name.</source>
        <translation>✖ Rejeitado (%1). Corrija-o e envie com um novo nome.</translation>
    </message>
    <message>
        <source>In review (%1)…</source>
        <translation>Em análise (%1)…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a template in JSON: %2</source>
        <translation>%1 não é um modelo em JSON: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>%L1 / %L2</source>
        <translation>%L1 / %L2</translation>
    </message>
    <message>
        <source>Header type</source>
        <translation>Tipo de cabeçalho</translation>
    </message>
    <message>
        <source>Not submitted: fix the problems shown beside the fields.</source>
        <translation>Não enviado: corrija os problemas indicados ao lado dos campos.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::TemplateDetails</name>
    <message>
        <source>Link “%1” → %2</source>
        <translation>Link “%1” → %2</translation>
    </message>
    <message>
        <source>Call “%1” → %2</source>
        <translation>Chamada “%1” → %2</translation>
    </message>
    <message>
        <source>Quick reply “%1”</source>
        <translation>Resposta rápida “%1”</translation>
    </message>
    <message>
        <source>Copy code (e.g. %1)</source>
        <translation>Copiar código (p. ex., %1)</translation>
    </message>
    <message>
        <source>One-time password (%1)</source>
        <translation>Senha de uso único (%1)</translation>
    </message>
    <message>
        <source>{{%1}} = %2</source>
        <translation>{{%1}} = %2</translation>
    </message>
    <message>
        <source>Select a template to see how customers receive it and what it is made of.</source>
        <translation>Selecione um modelo para ver como os clientes o recebem e do que ele é composto.</translation>
    </message>
    <message>
        <source>As customers see it</source>
        <translation>Como os clientes o veem</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Componentes</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Quality: %1</source>
        <extracomment>A template&apos;s quality rating shown as a chip: &quot;Quality: Green&quot;.</extracomment>
        <translation>Qualidade: %1</translation>
    </message>
    <message>
        <source>Rejected because: %1</source>
        <translation>Motivo da rejeição: %1</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <source>%1 (sent with each message)</source>
        <translation>%1 (acompanha cada mensagem)</translation>
    </message>
    <message>
        <source>Header variables</source>
        <translation>Variáveis do cabeçalho</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corpo</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s own text with the one-time code</source>
        <translation>Texto do próprio WhatsApp com o código de uso único</translation>
    </message>
    <message>
        <source>Variables (named)</source>
        <translation>Variáveis (nomeadas)</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variáveis</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Rodapé</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Botões</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::TemplatePickerDialog</name>
    <message>
        <source>one-time-password templates are sent by your systems, not by hand</source>
        <translation>modelos de senha de uso único são enviados pelos seus sistemas, não manualmente</translation>
    </message>
    <message>
        <source>location headers are not supported here yet</source>
        <translation>cabeçalhos de localização ainda não são suportados aqui</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Send Template</source>
        <translation>Enviar modelo</translation>
    </message>
    <message>
        <source>Filter templates</source>
        <translation>Filtrar modelos</translation>
    </message>
    <message>
        <source>Approved templates</source>
        <translation>Modelos aprovados</translation>
    </message>
    <message>
        <source>Load the channel&apos;s templates from WhatsApp again</source>
        <translation>Carregar novamente do WhatsApp os modelos do canal</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>&amp;Send Template</source>
        <translation>&amp;Enviar modelo</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Not available here: %1.</source>
        <translation>Indisponível aqui: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) not approved (pending, rejected or paused) are not shown.</source>
        <translation>
            <numerusform>%n modelo não aprovado (pendente, rejeitado ou pausado) não é exibido.</numerusform>
            <numerusform>%n modelos não aprovados (pendentes, rejeitados ou pausados) não são exibidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No approved templates. Press Refresh to load them from WhatsApp.</source>
        <translation>Nenhum modelo aprovado. Clique em Atualizar para carregá-los do WhatsApp.</translation>
    </message>
    <message>
        <source>No approved templates for this channel.</source>
        <translation>Nenhum modelo aprovado para este canal.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>Escolha um modelo</translation>
    </message>
    <message>
        <source>Header {{%1}}:</source>
        <translation>Cabeçalho {{%1}}:</translation>
    </message>
    <message>
        <source>Text for the header</source>
        <translation>Texto para o cabeçalho</translation>
    </message>
    <message>
        <source>Header %1:</source>
        <translation>Cabeçalho %1:</translation>
    </message>
    <message>
        <source>Public https:// link to the %1</source>
        <translation>Link https:// público para %1</translation>
    </message>
    <message>
        <source>{{%1}}:</source>
        <translation>{{%1}}:</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ex., %1</translation>
    </message>
    <message>
        <source>Link “%1”:</source>
        <translation>Link “%1”:</translation>
    </message>
    <message>
        <source>End of %1</source>
        <translation>Final de %1</translation>
    </message>
    <message>
        <source>Coupon code:</source>
        <translation>Código do cupom:</translation>
    </message>
    <message>
        <source>The code the customer copies</source>
        <translation>O código que o cliente copia</translation>
    </message>
    <message>
        <source>This template has no variables.</source>
        <translation>Este modelo não tem variáveis.</translation>
    </message>
    <message>
        <source>[%1]</source>
        <translation>[%1]</translation>
    </message>
    <message>
        <source>Choose an approved template.</source>
        <translation>Escolha um modelo aprovado.</translation>
    </message>
    <message>
        <source>Fill in every field (%1 is empty).</source>
        <translation>Preencha todos os campos (%1 está vazio).</translation>
    </message>
    <message>
        <source>WhatsApp would refuse these parameters (%1): %2</source>
        <translation>O WhatsApp recusaria estes parâmetros (%1): %2</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::TemplatePreview</name>
    <message>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>▶ Video</source>
        <translation>▶ Vídeo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Body text</source>
        <translation>Texto do corpo</translation>
    </message>
    <message>
        <source>See all options</source>
        <translation>Ver todas as opções</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::TemplateSendDialog</name>
    <message>
        <source>Send a Template</source>
        <translation>Enviar um modelo</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&lt;b&gt;Values&lt;/b&gt;</source>
        <translation>&lt;b&gt;Valores&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Send Template</source>
        <translation>Enviar modelo</translation>
    </message>
    <message>
        <source>This channel has no approved templates yet. Write one under Templates, and send it once WhatsApp has approved it.</source>
        <translation>Este canal ainda não tem modelos aprovados. Escreva um em Modelos e envie-o depois que o WhatsApp o aprovar.</translation>
    </message>
    <message>
        <source>Header value</source>
        <translation>Valor do cabeçalho</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <source>Link (https)</source>
        <translation>Link (https)</translation>
    </message>
    <message>
        <source>Uploaded media id</source>
        <translation>ID de mídia carregada</translation>
    </message>
    <message>
        <source>https://example.com/file or media id</source>
        <translation>https://example.com/file ou ID de mídia</translation>
    </message>
    <message>
        <source>Header %1</source>
        <translation>Cabeçalho %1</translation>
    </message>
    <message>
        <source>File name shown (optional)</source>
        <translation>Nome do arquivo exibido (opcional)</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nome do arquivo</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Nome do local</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Código de uso único</translation>
    </message>
    <message>
        <source>Value for {{%1}}</source>
        <translation>Valor para {{%1}}</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Amount, e.g. 12.50</source>
        <translation>Quantia, p. ex., 12.50</translation>
    </message>
    <message>
        <source>Shown as, e.g. $12.50</source>
        <translation>Exibido como, p. ex., US$ 12,50</translation>
    </message>
    <message>
        <source>Shown as, e.g. May 3, 2025</source>
        <translation>Exibido como, p. ex., 3 de maio de 2025</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Ending of %1</source>
        <translation>Final de %1</translation>
    </message>
    <message>
        <source>Code to copy, up to 15 characters</source>
        <translation>Código a copiar, até 15 caracteres</translation>
    </message>
    <message>
        <source>Payload sent back (optional)</source>
        <translation>Payload retornado (opcional)</translation>
    </message>
    <message>
        <source>Button &quot;%1&quot;</source>
        <translation>Botão &quot;%1&quot;</translation>
    </message>
    <message>
        <source>This template has no variables; it is sent as it is.</source>
        <translation>Este modelo não tem variáveis; ele é enviado como está.</translation>
    </message>
    <message>
        <source>Choose an approved template.</source>
        <translation>Escolha um modelo aprovado.</translation>
    </message>
    <message>
        <source>header</source>
        <translation>cabeçalho</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>cabeçalho %1</translation>
    </message>
    <message>
        <source>header location (latitude and longitude)</source>
        <translation>localização do cabeçalho (latitude e longitude)</translation>
    </message>
    <message>
        <source>{{%1}} currency code and amount</source>
        <translation>{{%1}} código da moeda e quantia</translation>
    </message>
    <message>
        <source>button %1</source>
        <translation>botão %1</translation>
    </message>
    <message>
        <source>Fill in: %1.</source>
        <translation>Preencha: %1.</translation>
    </message>
    <message>
        <source>WhatsApp would refuse this (error %1): %2</source>
        <translation>O WhatsApp recusaria isto (erro %1): %2</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::TemplateTableModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Rejected because: %1</source>
        <translation>Motivo da rejeição: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::TemplateViewDialog</name>
    <message>
        <source>Template %1 (%2)</source>
        <extracomment>Window title: a template&apos;s name and language.</extracomment>
        <translation>Modelo %1 (%2)</translation>
    </message>
    <message>
        <source>A template cannot be changed from here: 360dialog offers no way to edit one. Duplicate it to submit a corrected copy under a new name, or edit it in the 360dialog Hub.</source>
        <translation>Não é possível alterar um modelo por aqui: a 360dialog não oferece uma forma de editá-lo. Duplique-o para enviar uma cópia corrigida com um novo nome ou edite-o no 360dialog Hub.</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplicar…</translation>
    </message>
    <message>
        <source>Write a new template starting from this one</source>
        <translation>Escrever um novo modelo a partir deste</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::TemplatesPanel</name>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronizar</translation>
    </message>
    <message>
        <source>&amp;New Template…</source>
        <translation>&amp;Novo modelo…</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplicar…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Excluir…</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Pesquisar modelos</translation>
    </message>
    <message>
        <source>Search by name, language, category or status</source>
        <translation>Pesquisar por nome, idioma, categoria ou status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Load the templates from WhatsApp again (%1)</source>
        <translation>Carregar os modelos do WhatsApp novamente (%1)</translation>
    </message>
    <message>
        <source>Write a new template starting from the selected one</source>
        <translation>Escrever um novo modelo a partir do selecionado</translation>
    </message>
    <message>
        <source>Delete the selected template in all its languages</source>
        <translation>Excluir o modelo selecionado em todos os idiomas</translation>
    </message>
    <message>
        <source>Loading templates…</source>
        <translation>Carregando modelos…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>the last sync (cached)</source>
        <translation>na última sincronização (em cache)</translation>
    </message>
    <message>
        <source>%1 (%2) is now %3.</source>
        <translation>%1 (%2) agora está %3.</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Motivo: %1.</translation>
    </message>
    <message>
        <source>%1 (%2): quality is now %3.</source>
        <translation>%1 (%2): a qualidade agora é %3.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos os status</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas as categorias</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos os idiomas</translation>
    </message>
    <message>
        <source>New Template from %1</source>
        <translation>Novo modelo a partir de %1</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>Excluir modelo</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;?</source>
        <translation>Excluir o modelo &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>All its languages go (%1). WhatsApp does not let you reuse the name for 30 days.</source>
        <translation>Todos os idiomas dele serão excluídos (%1). O WhatsApp não permite reutilizar o nome por 30 dias.</translation>
    </message>
    <message>
        <source>Deleted %1 in all its languages.</source>
        <translation>%1 excluído em todos os idiomas.</translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation>Ainda não carregado.</translation>
    </message>
    <message>
        <source>This channel has no templates yet. Updated at %1.</source>
        <translation>Este canal ainda não tem modelos. Atualizado: %1.</translation>
    </message>
    <message>
        <source>Templates: %1. Updated at %2.</source>
        <translation>Modelos: %1. Atualizado: %2.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 templates. Updated at %3.</source>
        <translation>Exibindo %1 de %2 modelos. Atualizado: %3.</translation>
    </message>
    <message>
        <source>Double-click a template (or press Enter) to open it</source>
        <translation>Clique duas vezes em um modelo (ou pressione Enter) para abri-lo</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::UploadList</name>
    <message>
        <source>Clear Finished</source>
        <translation>Limpar concluídos</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Carregamentos</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Cancelar carregamento</translation>
    </message>
    <message>
        <source>Waiting to try again…</source>
        <translation>Aguardando nova tentativa…</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Verificando o arquivo…</translation>
    </message>
    <message>
        <source>Waiting (uploads are paced)…</source>
        <translation>Aguardando (os carregamentos são espaçados)…</translation>
    </message>
    <message>
        <source>Uploading: %1 of %2</source>
        <translation>Carregando: %1 de %2</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Uploaded · media id %1 · expires in 30 days</source>
        <translation>Carregado · ID de mídia %1 · expira em 30 dias</translation>
    </message>
    <message>
        <source>Already uploaded (same content) · media id %1 reused</source>
        <translation>Já carregado (mesmo conteúdo) · ID de mídia %1 reutilizado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::UsageChart</name>
    <message>
        <source>Usage chart</source>
        <translation>Gráfico de uso</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s), %1 conversations in all</source>
        <translation>
            <numerusform>%n período, %1 conversas no total</numerusform>
            <numerusform>%n períodos, %1 conversas no total</numerusform>
        </translation>
    </message>
    <message>
        <source>No usage in this period</source>
        <translation>Nenhum uso neste período</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuitas</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagas</translation>
    </message>
    <message>
        <source>%1
%2 conversations: %3 free, %4 paid
%5 business-initiated, %6 user-initiated
Cost: %7</source>
        <translation>%1
%2 conversas: %3 gratuitas, %4 pagas
%5 iniciadas pela empresa, %6 iniciadas pelo usuário
Custo: %7</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::UsagePanel</name>
    <message>
        <source>Balance and usage</source>
        <translation>Saldo e uso</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Usage per day, last 30 days</source>
        <translation>Uso por dia, últimos 30 dias</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>Usage per month, last 12 months</source>
        <translation>Uso por mês, últimos 12 meses</translation>
    </message>
    <message>
        <source>Loading usage…</source>
        <translation>Carregando uso…</translation>
    </message>
    <message>
        <source>Figures are 360dialog&apos;s estimates; the month&apos;s invoice is final.</source>
        <translation>Os valores são estimativas da 360dialog; a fatura do mês é a definitiva.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An amount and its currency code, e.g. &quot;36.10 EUR&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No balance</source>
        <translation>Sem saldo</translation>
    </message>
    <message>
        <source>The client&apos;s prepaid balance at 360dialog</source>
        <translation>O saldo pré-pago do cliente na 360dialog</translation>
    </message>
    <message>
        <source>Only clients who pay 360dialog directly have a balance.</source>
        <translation>Só clientes que pagam a 360dialog diretamente têm saldo.</translation>
    </message>
    <message>
        <source>in the last 30 days</source>
        <translation>nos últimos 30 dias</translation>
    </message>
    <message>
        <source>in the last 12 months</source>
        <translation>nos últimos 12 meses</translation>
    </message>
    <message>
        <source>%1 conversations %2 · %3 paid · cost %4</source>
        <translation>%1 conversas %2 · %3 pagas · custo %4</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Aguardando…</translation>
    </message>
    <message numerus="yes">
        <source>360dialog allows 5 balance requests per client in 30 seconds; this one goes out in %n second(s).</source>
        <translation>
            <numerusform>A 360dialog permite 5 consultas de saldo por cliente a cada 30 segundos; esta será enviada em %n segundo.</numerusform>
            <numerusform>A 360dialog permite 5 consultas de saldo por cliente a cada 30 segundos; esta será enviada em %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::VariableSampleEditor</name>
    <message>
        <source>Sample value (required)</source>
        <translation>Valor de exemplo (obrigatório)</translation>
    </message>
    <message>
        <source>Sample for {{%1}}</source>
        <translation>Exemplo para {{%1}}</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::VideoPlayerDialog</name>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>Silenciar (M)</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Cannot be played: the player did not respond.</source>
        <translation>Não é possível reproduzir: o reprodutor não respondeu.</translation>
    </message>
    <message>
        <source>Cannot be played: this system has no media playback.</source>
        <translation>Não é possível reproduzir: este sistema não tem reprodução de mídia.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pausar (Espaço)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Reproduzir (Espaço)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproduzir</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::WebhookAuthEditor</name>
    <message>
        <source>&amp;Generate Secret</source>
        <translation>&amp;Gerar segredo</translation>
    </message>
    <message>
        <source>Add Header</source>
        <translation>Adicionar cabeçalho</translation>
    </message>
    <message>
        <source>Remove Header</source>
        <translation>Remover cabeçalho</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>Generated secret header (%1)</source>
        <translation>Cabeçalho secreto gerado (%1)</translation>
    </message>
    <message>
        <source>Basic credentials (Authorization: Basic …)</source>
        <translation>Credenciais Basic (Authorization: Basic …)</translation>
    </message>
    <message>
        <source>Custom headers</source>
        <translation>Cabeçalhos personalizados</translation>
    </message>
    <message>
        <source>360dialog adds no header. Anyone who learns the URL can send fake events to it; choose a secret header unless something else protects the URL.</source>
        <translation>A 360dialog não adiciona nenhum cabeçalho. Qualquer pessoa que descubra a URL pode enviar eventos falsos para ela; escolha um cabeçalho secreto, a menos que algo mais proteja a URL.</translation>
    </message>
    <message>
        <source>Create a new random secret (32 bytes)</source>
        <translation>Criar um novo segredo aleatório (32 bytes)</translation>
    </message>
    <message>
        <source>360dialog sends this header with every delivery, and the listener refuses requests without it. The value goes straight to 360dialog and into the keychain: there is nothing to copy.</source>
        <translation>A 360dialog envia este cabeçalho em cada entrega, e o receptor recusa solicitações sem ele. O valor vai direto para a 360dialog e para o chaveiro: não há nada para copiar.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuário:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Senha:</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Click “Generate Secret” to create the secret.</source>
        <translation>Clique em “Gerar segredo” para criar o segredo.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Informe um nome de usuário.</translation>
    </message>
    <message>
        <source>The user name must not contain “:”.</source>
        <translation>O nome de usuário não pode conter “:”.</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Informe uma senha.</translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a valid header name (letters, digits and -).</source>
        <translation>Linha %1: “%2” não é um nome de cabeçalho válido (letras, dígitos e -).</translation>
    </message>
    <message>
        <source>Row %1: the header %2 appears twice.</source>
        <translation>Linha %1: o cabeçalho %2 aparece duas vezes.</translation>
    </message>
    <message>
        <source>Row %1: the header needs a value.</source>
        <translation>Linha %1: o cabeçalho precisa de um valor.</translation>
    </message>
    <message>
        <source>Row %1: the value must not contain line breaks.</source>
        <translation>Linha %1: o valor não pode conter quebras de linha.</translation>
    </message>
    <message>
        <source>Add at least one header, or choose “None”.</source>
        <translation>Adicione pelo menos um cabeçalho ou escolha “Nenhuma”.</translation>
    </message>
    <message>
        <source>%1: no secret yet</source>
        <translation>%1: nenhum segredo ainda</translation>
    </message>
    <message>
        <source>%1: %2 (%3 characters)</source>
        <translation>%1: %2 (%3 caracteres)</translation>
    </message>
    <message>
        <source>&amp;Generate New Secret</source>
        <translation>&amp;Gerar novo segredo</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::WebhookEventModel</name>
    <message>
        <source>stored</source>
        <translation>armazenada</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicada</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>em quarentena</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeitada</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(removed channel)</source>
        <translation>(canal removido)</translation>
    </message>
    <message>
        <source>new messages: %1</source>
        <translation>novas mensagens: %1</translation>
    </message>
    <message>
        <source>new statuses: %1</source>
        <translation>novos status: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::WebhookInspector</name>
    <message>
        <source>Send &amp;Test Event</source>
        <translation>Enviar evento de &amp;teste</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Reprocessar</translation>
    </message>
    <message>
        <source>No webhooks yet</source>
        <translation>Nenhum webhook ainda</translation>
    </message>
    <message>
        <source>Webhook Inspector</source>
        <translation>Inspetor de webhooks</translation>
    </message>
    <message>
        <source>Channel for the test event</source>
        <translation>Canal para o evento de teste</translation>
    </message>
    <message>
        <source>Post a test message for this channel, with its webhook secret, to the listener&apos;s own URL</source>
        <translation>Publicar uma mensagem de teste para este canal, com o segredo de webhook dele, na própria URL do receptor</translation>
    </message>
    <message>
        <source>Feed the selected body into the journal again; it is ingested like a redelivery</source>
        <translation>Inserir novamente o corpo selecionado no diário; ele é processado como uma reentrega</translation>
    </message>
    <message>
        <source>Webhook deliveries appear here as they arrive, with what became of each: stored, duplicate, quarantined or rejected. &lt;b&gt;Send Test Event&lt;/b&gt; tries the round trip through the listener.</source>
        <translation>As entregas de webhooks aparecem aqui assim que chegam, com o que aconteceu com cada uma: armazenada, duplicada, em quarentena ou rejeitada. &lt;b&gt;Enviar evento de teste&lt;/b&gt; testa o percurso completo pelo receptor.</translation>
    </message>
    <message>
        <source>Webhook deliveries</source>
        <translation>Entregas de webhooks</translation>
    </message>
    <message>
        <source>Webhook body</source>
        <translation>Corpo do webhook</translation>
    </message>
    <message>
        <source>Select a delivery to see its body.</source>
        <translation>Selecione uma entrega para ver o corpo dela.</translation>
    </message>
    <message>
        <source>Test event &amp;for:</source>
        <translation>Evento de teste &amp;para:</translation>
    </message>
    <message>
        <source>Show deliveries</source>
        <translation>Mostrar entregas</translation>
    </message>
    <message>
        <source>All deliveries</source>
        <translation>Todas as entregas</translation>
    </message>
    <message>
        <source>Filter: wamid, number, code, text…</source>
        <translation>Filtrar: wamid, número, código, texto…</translation>
    </message>
    <message>
        <source>Filter deliveries</source>
        <translation>Filtrar entregas</translation>
    </message>
    <message>
        <source>The journal could not be read: %1</source>
        <translation>Não foi possível ler o diário: %1</translation>
    </message>
    <message>
        <source>The test event went through the listener and came back in %1 ms: %2.</source>
        <translation>O evento de teste passou pelo receptor e voltou em %1 ms: %2.</translation>
    </message>
    <message>
        <source>Replayed into the journal: %1.</source>
        <translation>Reprocessado no diário: %1.</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>Nada selecionado.</translation>
    </message>
    <message>
        <source>Refused at %1 from %2: %3. The body of a refused request is not read, and nothing was stored.</source>
        <translation>Recusada em %1 de %2: %3. O corpo de uma solicitação recusada não é lido, e nada foi armazenado.</translation>
    </message>
    <message>
        <source>a replay</source>
        <translation>um reprocessamento</translation>
    </message>
    <message>
        <source>Journal #%1</source>
        <translation>Diário #%1</translation>
    </message>
    <message>
        <source>received %1 from %2</source>
        <translation>recebida em %1 de %2</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>canal %1</translation>
    </message>
    <message>
        <source>Listening at %1 · received: %2 · refused: %3</source>
        <translation>Escutando em %1 · recebidas: %2 · recusadas: %3</translation>
    </message>
    <message>
        <source>The listener is not running: %1</source>
        <translation>O receptor não está em execução: %1</translation>
    </message>
    <message>
        <source>“%1” has no webhook secret yet, so the listener would refuse the test event. Set the channel&apos;s webhook with a secret header on its Webhooks tab first.</source>
        <translation>“%1” ainda não tem segredo de webhook, então o receptor recusaria o evento de teste. Primeiro, configure o webhook do canal com um cabeçalho secreto na aba Webhooks dele.</translation>
    </message>
    <message>
        <source>Sending a test event to %1…</source>
        <translation>Enviando um evento de teste para %1…</translation>
    </message>
    <message>
        <source>The listener answered the test event with HTTP %1.</source>
        <translation>O receptor respondeu ao evento de teste com HTTP %1.</translation>
    </message>
    <message>
        <source>The test event did not reach the listener: %1</source>
        <translation>O evento de teste não chegou ao receptor: %1</translation>
    </message>
    <message>
        <source>The body could not be replayed: %1</source>
        <translation>Não foi possível reprocessar o corpo: %1</translation>
    </message>
    <message>
        <source>Replaying #%1 as #%2…</source>
        <translation>Reprocessando #%1 como #%2…</translation>
    </message>
    <message>
        <source>The listener is not running. Start it in Settings → Webhook Listener…</source>
        <translation>O receptor não está em execução. Inicie-o em Configurações → Receptor de webhooks…</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::WebhookSection</name>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;carregar</translation>
    </message>
    <message>
        <source>&amp;Save Webhook</source>
        <translation>&amp;Salvar webhook</translation>
    </message>
    <message>
        <source>WABA webhook</source>
        <translation>Webhook da WABA</translation>
    </message>
    <message>
        <source>Phone-number webhook</source>
        <translation>Webhook do número de telefone</translation>
    </message>
    <message>
        <source>One URL for every number of the WhatsApp Business Account. 360dialog uses it for numbers without a phone-number webhook; each event names its number.</source>
        <translation>Uma URL para todos os números da conta do WhatsApp Business. A 360dialog a usa para números sem webhook de número de telefone; cada evento indica seu número.</translation>
    </message>
    <message>
        <source>Where 360dialog delivers this number&apos;s incoming messages and delivery statuses. It takes precedence over the WABA webhook.</source>
        <translation>Onde a 360dialog entrega as mensagens recebidas e os status de entrega deste número. Tem precedência sobre o webhook da WABA.</translation>
    </message>
    <message>
        <source>Read the webhook from 360dialog again</source>
        <translation>Ler o webhook da 360dialog novamente</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL do webhook</translation>
    </message>
    <message>
        <source>Set this webhook at 360dialog and keep its header values in the keychain</source>
        <translation>Configurar este webhook na 360dialog e guardar os valores de cabeçalho dele no chaveiro</translation>
    </message>
    <message>
        <source>At 360dialog now:</source>
        <translation>Na 360dialog agora:</translation>
    </message>
    <message>
        <source>New &amp;URL:</source>
        <translation>Nova &amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Autenticação:</translation>
    </message>
    <message>
        <source>Reading from 360dialog…</source>
        <translation>Lendo da 360dialog…</translation>
    </message>
    <message>
        <source>No webhook set.</source>
        <translation>Nenhum webhook configurado.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No authentication header.</source>
        <translation>Nenhum cabeçalho de autenticação.</translation>
    </message>
    <message>
        <source>Headers: %1</source>
        <translation>Cabeçalhos: %1</translation>
    </message>
    <message>
        <source>Could not read the webhook: %1</source>
        <translation>Não foi possível ler o webhook: %1</translation>
    </message>
    <message>
        <source>Setting the webhook at 360dialog…</source>
        <translation>Configurando o webhook na 360dialog…</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Não salvo.</translation>
    </message>
    <message>
        <source>Saved at %1: 360dialog delivers to %2.</source>
        <translation>Salvo em %1: a 360dialog entrega para %2.</translation>
    </message>
    <message>
        <source>This number&apos;s messages and statuses go to its phone-number webhook above.</source>
        <translation>As mensagens e os status deste número vão para o webhook do número de telefone, acima.</translation>
    </message>
    <message>
        <source>360dialog delivers this number&apos;s messages and statuses to the WABA webhook below.</source>
        <translation>A 360dialog entrega as mensagens e os status deste número ao webhook da WABA, abaixo.</translation>
    </message>
    <message>
        <source>Numbers without a phone-number webhook get nothing delivered.</source>
        <translation>Números sem webhook de número de telefone não recebem nada.</translation>
    </message>
    <message>
        <source>360dialog has nowhere to deliver this number&apos;s messages and statuses.</source>
        <translation>A 360dialog não tem para onde entregar as mensagens e os status deste número.</translation>
    </message>
    <message>
        <source>✔ WabaDesk&apos;s embedded listener on this computer: the local sandbox delivers here, and what arrives shows in this window.</source>
        <translation>✔ Receptor integrado do WabaDesk neste computador: o sandbox local entrega aqui, e o que chega aparece nesta janela.</translation>
    </message>
    <message>
        <source>✔ WabaDesk&apos;s embedded listener: what arrives shows in this window.</source>
        <translation>✔ Receptor integrado do WabaDesk: o que chega aparece nesta janela.</translation>
    </message>
    <message>
        <source>Takes precedence over the WABA webhook for this number.</source>
        <translation>Tem precedência sobre o webhook da WABA para este número.</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::WebhookSettingsPanel</name>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;margin-top:0&apos;&gt;360dialog delivers incoming messages and delivery statuses as HTTPS POST requests to a webhook URL. That URL must be &lt;b&gt;public&lt;/b&gt;, use &lt;b&gt;https://&lt;/b&gt; with a valid certificate on &lt;b&gt;port 443&lt;/b&gt; (no port in the URL), and its host name must not contain &lt;b&gt;“_”&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;A desktop computer behind a router (NAT) cannot be reached from the internet directly. Put a &lt;b&gt;reverse proxy&lt;/b&gt; on a public host (for example nginx or Caddy) or a &lt;b&gt;tunnel&lt;/b&gt; (for example Cloudflare Tunnel or ngrok) in front of it, forwarding to the local address of WabaDesk&apos;s embedded webhook listener.&lt;/p&gt;&lt;p style=&apos;margin-bottom:0&apos;&gt;The embedded listener runs where &lt;b&gt;Settings → Webhook Listener…&lt;/b&gt; says. The authentication header you choose here goes to 360dialog and into the keychain, where the listener reads it: requests without it are refused and never stored.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;margin-top:0&apos;&gt;A 360dialog entrega mensagens recebidas e status de entrega como solicitações HTTPS POST para uma URL de webhook. Essa URL precisa ser &lt;b&gt;pública&lt;/b&gt; e usar &lt;b&gt;https://&lt;/b&gt; com um certificado válido na &lt;b&gt;porta 443&lt;/b&gt; (sem porta na URL), e o nome do host não pode conter &lt;b&gt;“_”&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Um computador desktop atrás de um roteador (NAT) não pode ser acessado diretamente pela internet. Coloque à frente dele um &lt;b&gt;proxy reverso&lt;/b&gt; em um host público (por exemplo, nginx ou Caddy) ou um &lt;b&gt;túnel&lt;/b&gt; (por exemplo, Cloudflare Tunnel ou ngrok), encaminhando para o endereço local do receptor de webhooks integrado do WabaDesk.&lt;/p&gt;&lt;p style=&apos;margin-bottom:0&apos;&gt;O receptor integrado é executado onde &lt;b&gt;Configurações → Receptor de webhooks…&lt;/b&gt; indica. O cabeçalho de autenticação que você escolher aqui vai para a 360dialog e para o chaveiro, onde o receptor o lê: solicitações sem ele são recusadas e nunca armazenadas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;margin-bottom:0&apos;&gt;This is a sandbox channel: http:// URLs on this computer (127.0.0.1, localhost) are accepted too, for local testing.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;margin-bottom:0&apos;&gt;Este é um canal de sandbox: URLs http:// neste computador (127.0.0.1, localhost) também são aceitas, para testes locais.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::WindowBanner</name>
    <message>
        <source>Send &amp;template…</source>
        <translation>Enviar &amp;modelo…</translation>
    </message>
    <message>
        <source>Customer service window</source>
        <translation>Janela de atendimento ao cliente</translation>
    </message>
    <message>
        <source>Choose an approved message template; WhatsApp delivers those at any time</source>
        <translation>Escolha um modelo de mensagem aprovado; o WhatsApp entrega esses modelos a qualquer momento</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>menos de um minuto</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Window closes in %1 — after that, only templates reach the customer.</source>
        <translation>A janela fecha em %1 — depois disso, só modelos chegam ao cliente.</translation>
    </message>
    <message>
        <source>Window open — %1 left</source>
        <translation>Janela aberta — tempo restante: %1</translation>
    </message>
    <message>
        <source>This customer has not written to you yet. WhatsApp delivers only approved templates until they reply.</source>
        <translation>Este cliente ainda não escreveu para você. O WhatsApp entrega somente modelos aprovados até que ele responda.</translation>
    </message>
    <message>
        <source>WhatsApp reported the 24-hour window as closed (error 131047). Free-form messages would not be delivered: send an approved template. The window reopens when the customer replies.</source>
        <translation>O WhatsApp informou que a janela de 24 horas está fechada (erro 131047). Mensagens livres não seriam entregues: envie um modelo aprovado. A janela reabre quando o cliente responder.</translation>
    </message>
    <message>
        <source>The 24-hour window closed %1 ago. Free-form messages would not be delivered: send an approved template. The window reopens when the customer replies.</source>
        <translation>A janela de 24 horas fechou há %1. Mensagens livres não seriam entregues: envie um modelo aprovado. A janela reabre quando o cliente responder.</translation>
    </message>
    <message>
        <source>The window ends %1 (24 hours after the customer&apos;s last message).</source>
        <translation>Fim da janela: %1 (24 horas após a última mensagem do cliente).</translation>
    </message>
</context>
<context>
    <name>wabadesk::webhook::ListenerService</name>
    <message>
        <source>The journal cannot be opened: %1</source>
        <translation>Não é possível abrir o diário: %1</translation>
    </message>
    <message>
        <source>The store cannot be opened: %1</source>
        <translation>Não é possível abrir o banco de mensagens: %1</translation>
    </message>
    <message>
        <source>The listener cannot start: %1</source>
        <translation>O receptor não pode ser iniciado: %1</translation>
    </message>
    <message>
        <source>The listener is not running.</source>
        <translation>O receptor não está em execução.</translation>
    </message>
    <message>
        <source>The journal refused the record: %1</source>
        <translation>O diário recusou o registro: %1</translation>
    </message>
</context>
</TS>
